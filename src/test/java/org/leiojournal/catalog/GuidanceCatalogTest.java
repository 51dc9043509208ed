package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leiojournal.domain.guidance.GuidanceCategory;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.guidance.GuidanceSource;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The bundled guidance panels: every file loads and is sourced and recent, links lead somewhere, and every
 * regimen template, template drug, ESAS-r item and vital the app shows has a panel to put beside it.
 */
class GuidanceCatalogTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}’'°%/-]*");

    private final GuidanceLibrary library = GuidanceCatalog.bundled();

    @Test
    void everyListedFileLoadsUnderItsOwnName() throws IOException {
        List<String> files = GuidanceCatalog.index();
        assertTrue(files.size() >= 30, "the library has its panels: " + files.size());
        for (String file : files) {
            try (InputStream in = GuidanceCatalogTest.class.getResourceAsStream("/org/leiojournal/guidance/" + file)) {
                assertNotNull(in, file);
                GuidancePanel panel = GuidanceCatalog.read(in);
                assertEquals(file.replaceFirst("\\.json$", ""), panel.id(), file);
            }
        }
        assertEquals(files.size(), library.all().size());
    }

    @Test
    void everyPanelIsSourcedAndCarriesItsReviewDates() {
        for (GuidancePanel panel : library.all()) {
            assertFalse(panel.sources().isEmpty(), panel.id());
            for (GuidanceSource source : panel.sources()) {
                assertFalse(source.title().isBlank(), panel.id());
                assertTrue(source.url().startsWith("http"), panel.id() + " cites an address: " + source.url());
            }
            // The pages were written on TODAY; a later review (2026-12 clinical review) moves the date on, and the
            // next review falls due 12 months later. No check here reads the machine's date.
            assertFalse(panel.reviewedOn().isBefore(TODAY), panel.id() + " reviewed before it was written");
            assertEquals(panel.reviewedOn().plusMonths(12), panel.reviewDue(), panel.id() + " due 12 months on");
        }
    }

    @Test
    void relatedLinksLeadToOtherPanelsThatExist() {
        for (GuidancePanel panel : library.all()) {
            for (String id : panel.related()) {
                assertTrue(library.find(id).isPresent(), panel.id() + " links to missing " + id);
                assertFalse(id.equals(panel.id()), panel.id() + " links to itself");
            }
        }
    }

    @Test
    void panelsAreShortEnoughToReadWhenTiredAndSayEnoughToHelp() {
        for (GuidancePanel panel : library.all()) {
            int words = words(panel);
            assertTrue(words >= 120 && words <= 350, panel.id() + " has " + words + " words");
        }
    }

    @Test
    void panelsAboutDrugsRegimensAndSymptomsSayWhenToContactTheTeam() {
        Set<GuidanceCategory> needCall = Set.of(GuidanceCategory.DRUG, GuidanceCategory.REGIMEN,
                GuidanceCategory.SYMPTOM);
        for (GuidancePanel panel : library.all()) {
            if (needCall.contains(panel.category())) {
                assertFalse(panel.whenToCall().isEmpty(), panel.id());
            }
        }
    }

    @Test
    void everyCategoryHasPanels() {
        for (GuidanceCategory category : GuidanceCategory.values()) {
            assertTrue(library.all().stream().anyMatch(p -> p.category() == category), category.name());
        }
    }

    @Test
    void everyRegimenTemplateHasItsPanelLinkedToItsDrugs() {
        for (Regimen regimen : RegimenCatalog.bundled().all()) {
            GuidancePanel panel = library.forRegimen(regimen.id())
                    .orElseThrow(() -> new AssertionError("no panel for regimen " + regimen.id()));
            assertEquals(GuidanceCategory.REGIMEN, panel.category(), regimen.id());
            for (String drug : regimen.drugNames()) {
                String drugPanel = library.forDrug(drug).orElseThrow().id();
                assertTrue(panel.related().contains(drugPanel), panel.id() + " links to " + drugPanel);
            }
        }
    }

    @Test
    void everyDrugOfEveryTemplateHasADrugPanel() {
        Set<String> missing = new TreeSet<>();
        for (Regimen regimen : RegimenCatalog.bundled().all()) {
            for (String drug : regimen.drugNames()) {
                Optional<GuidancePanel> panel = library.forDrug(drug);
                if (panel.isEmpty() || panel.get().category() != GuidanceCategory.DRUG) {
                    missing.add(drug);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @EnumSource(value = EsasItem.class, names = "OTHER_PROBLEM", mode = EnumSource.Mode.EXCLUDE)
    void everyEsasItemFindsTheExpectedPanel(EsasItem esas) {
        Map<EsasItem, String> expected = Map.of(EsasItem.PAIN, "pain", EsasItem.TIREDNESS, "fatigue",
                EsasItem.DROWSINESS, "fatigue", EsasItem.NAUSEA, "nausea-vomiting",
                EsasItem.LACK_OF_APPETITE, "nausea-vomiting", EsasItem.SHORTNESS_OF_BREATH, "breathlessness",
                EsasItem.DEPRESSION, "low-mood-anxiety", EsasItem.ANXIETY, "low-mood-anxiety",
                EsasItem.WELLBEING, "fatigue");
        SymptomItem item = new SymptomItem(1, esas.code(), "", ItemKind.SCORE, false, 0);
        assertEquals(expected.get(esas), library.forItem(item).map(GuidancePanel::id).orElse("none"));
    }

    @Test
    void theOtherProblemItemHasNoPanelOfItsOwn() {
        SymptomItem other = new SymptomItem(1, EsasItem.OTHER_PROBLEM.code(), "", ItemKind.SCORE, false, 0);
        assertEquals(Optional.empty(), library.forItem(other), "its label must not match a keyword by accident");
    }

    @Test
    void theCountedItemsFindTheirPanelsByCode() {
        assertEquals("nausea-vomiting", panelFor(new SymptomItem(1, "count.vomiting", "Vomiting", ItemKind.COUNT,
                false, 0)));
        assertEquals("diarrhoea", panelFor(new SymptomItem(1, "count.stools", "Loose stools", ItemKind.COUNT,
                false, 0)));
    }

    @Test
    void temperatureAndWeightFindTheirPanels() {
        assertEquals("fever-infection", library.forVital(Vital.TEMPERATURE).orElseThrow().id());
        assertEquals("swelling-fluid", library.forVital(Vital.WEIGHT).orElseThrow().id());
    }

    @Test
    void namesUsersGiveTheirOwnItemsFindTheExpectedPanels() {
        assertEquals("numbness-tingling", panelFor(SymptomItem.custom("Numbness in fingers", ItemKind.SCORE)));
        assertEquals("mouth-sores", panelFor(SymptomItem.custom("Mouth sores", ItemKind.SCORE)));
        assertEquals("diarrhoea", panelFor(SymptomItem.custom("Loose stools", ItemKind.COUNT)));
        assertEquals("swelling-fluid", panelFor(SymptomItem.custom("Swollen ankles", ItemKind.SCORE)));
        assertEquals("breathlessness", panelFor(SymptomItem.custom("Cough", ItemKind.SCORE)));
        assertEquals("low-mood-anxiety", panelFor(SymptomItem.custom("Worried about scans", ItemKind.SCORE)));
    }

    @Test
    void commonWordsInsideOtherNamesDoNotPickTheWrongPanel() {
        assertEquals("none", panelFor(SymptomItem.custom("Yellow eyes", ItemKind.SCORE)), "not 'low' mood");
        assertEquals("low-mood-anxiety", panelFor(SymptomItem.custom("Feeling scared", ItemKind.SCORE)),
                "not the surgery page's 'scar'");
        assertEquals("none", panelFor(SymptomItem.custom("Sore feet", ItemKind.SCORE)), "not mouth sores");
    }

    private String panelFor(SymptomItem item) {
        return library.forItem(item).map(GuidancePanel::id).orElse("none");
    }

    /** The words a reader reads: summary, sections and when-to-call, not the sources. */
    static int words(GuidancePanel panel) {
        List<String> parts = new ArrayList<>(List.of(panel.summary()));
        panel.sections().forEach(s -> {
            parts.add(s.heading());
            parts.addAll(s.paragraphs());
            parts.addAll(s.bullets());
        });
        parts.addAll(panel.whenToCall());
        Matcher m = WORD.matcher(String.join(" ", parts));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
