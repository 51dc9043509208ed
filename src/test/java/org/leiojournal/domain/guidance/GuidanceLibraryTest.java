package org.leiojournal.domain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;

/** The lookups that put a panel beside a symptom, a vital, a drug or a regimen, and the search of the screen. */
class GuidanceLibraryTest {

    private static final GuidancePanel NAUSEA = panel("nausea", GuidanceCategory.SYMPTOM, "Feeling sick",
            "Anti-sickness medicines help when taken early.",
            new GuidanceTopics(List.of("esas.nausea"), List.of("sick", "vomit"), List.of(), List.of(), List.of()));
    private static final GuidancePanel MOUTH = panel("mouth", GuidanceCategory.SYMPTOM, "Sore mouth",
            "Sores can make eating hard.",
            new GuidanceTopics(List.of(), List.of("mouth", "sick"), List.of("WEIGHT"), List.of(), List.of()));
    private static final GuidancePanel DOCETAXEL = panel("docetaxel", GuidanceCategory.DRUG, "Docetaxel",
            "Fluid can build up; hands may tingle.",
            new GuidanceTopics(List.of(), List.of(), List.of(), List.of("Docetaxel"), List.of()));
    private static final GuidancePanel GEM_DOC = panel("regimen-gem-doc", GuidanceCategory.REGIMEN,
            "Gemcitabine + docetaxel", "Days 1 and 8 of a 21-day cycle.",
            new GuidanceTopics(List.of(), List.of(), List.of(), List.of("Docetaxel"), List.of("gem-doc")));

    private final GuidanceLibrary library = new GuidanceLibrary(List.of(NAUSEA, MOUTH, GEM_DOC, DOCETAXEL));

    @Test
    void searchNeedsEveryWordIgnoringCaseAndOrder() {
        assertEquals(List.of(DOCETAXEL), library.search("TINGLE fluid"));
        assertEquals(List.of(), library.search("fluid nausea"), "one missing word leaves a panel out");
        assertEquals(List.of(NAUSEA, MOUTH), library.search("  sick "), "keywords are searched too");
    }

    @Test
    void aBlankSearchListsEveryPanelInLibraryOrder() {
        assertEquals(library.all(), library.search(""));
        assertEquals(library.all(), library.search(null));
    }

    @Test
    void anItemIsMatchedByItsCodeBeforeAnyKeyword() {
        SymptomItem nausea = new SymptomItem(1, "esas.nausea", "", ItemKind.SCORE, false, 0);
        assertEquals(Optional.of(NAUSEA), library.forItem(nausea));
    }

    @Test
    void aCustomItemIsMatchedByAKeywordInsideItsNameIgnoringCase() {
        assertEquals(Optional.of(MOUTH), library.forItem(SymptomItem.custom("Ulcers in my MOUTH", ItemKind.SCORE)));
        assertEquals(Optional.of(NAUSEA), library.forItem(SymptomItem.custom("Vomiting at night", ItemKind.COUNT)),
                "a keyword may be a fragment of a word");
        assertEquals(Optional.of(NAUSEA), library.forItem(SymptomItem.custom("Sick in the mouth", ItemKind.SCORE)),
                "when two panels match, the first in library order wins");
        assertEquals(Optional.empty(), library.forItem(SymptomItem.custom("Hair loss", ItemKind.SCORE)));
    }

    @Test
    void anUnknownCodeFallsBackToTheNameAndABlankNameMatchesNothing() {
        SymptomItem other = new SymptomItem(7, "esas.other", "Other Problem", ItemKind.SCORE, false, 0);
        assertEquals(Optional.empty(), library.forItem(other));
        assertEquals(Optional.of(MOUTH), library.forName("mouth ulcers"));
        assertEquals(Optional.empty(), library.forName("  "));
        assertEquals(Optional.empty(), library.forName(null));
    }

    @Test
    void drugsMatchOnlyDrugPanelsAndIgnoreCase() {
        assertEquals(Optional.of(DOCETAXEL), library.forDrug(" docetaxel "),
                "the regimen panel lists the drug too, but a drug lookup wants the drug's own panel");
        assertEquals(Optional.empty(), library.forDrug("Eribulin"));
    }

    @Test
    void regimensAndVitalsMatchByTheirIds() {
        assertEquals(Optional.of(GEM_DOC), library.forRegimen("gem-doc"));
        assertEquals(Optional.empty(), library.forRegimen("GEM-DOC"));
        assertEquals(Optional.of(MOUTH), library.forVital(Vital.WEIGHT));
        assertEquals(Optional.empty(), library.forVital(Vital.TEMPERATURE));
    }

    @Test
    void twoPanelsWithTheSameIdAreRefused() {
        GuidancePanel copy = panel("nausea", GuidanceCategory.LIVING_WITH, "Another", "Different text.",
                GuidanceTopics.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GuidanceLibrary(List.of(NAUSEA, copy)));
        assertTrue(e.getMessage().contains("id"));
    }

    @Test
    void aPanelWithoutSourcesOrSummaryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GuidancePanel("x", "X", GuidanceCategory.SYMPTOM,
                "Summary.", List.of(), List.of(), GuidanceTopics.NONE, List.of(), List.of(), LocalDate.of(2026, 11, 22),
                LocalDate.of(2027, 11, 22)));
        assertThrows(IllegalArgumentException.class, () -> new GuidancePanel("x", "X", GuidanceCategory.SYMPTOM,
                " ", List.of(), List.of(), GuidanceTopics.NONE, List.of(), List.of(new GuidanceSource("S", "")),
                LocalDate.of(2026, 11, 22), LocalDate.of(2027, 11, 22)));
        assertThrows(IllegalArgumentException.class, () -> new GuidancePanel("x", "X", GuidanceCategory.SYMPTOM,
                "Summary.", List.of(), List.of(), GuidanceTopics.NONE, List.of(), List.of(new GuidanceSource("S", "")),
                LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22)), "a review due the day it was done");
    }

    private static GuidancePanel panel(String id, GuidanceCategory category, String title, String summary,
                                       GuidanceTopics topics) {
        return new GuidancePanel(id, title, category, summary, List.of(), List.of(), topics, List.of(),
                List.of(new GuidanceSource("A source", "https://example.org")), LocalDate.of(2026, 11, 22),
                LocalDate.of(2027, 11, 22));
    }
}
