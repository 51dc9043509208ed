package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.guidance.GuidanceSource;

/**
 * No panel repeats a claim that facts.md marks as wrong or outdated, names a dose, or cites a source the project
 * ruled out. The first tests check the checker itself, so a pattern that matches nothing cannot pass for safety.
 */
class GuidanceClaimsTest {

    private static final Pattern DOSE = Pattern.compile("\\d\\s*(mg|g/m|mcg|microgram|units?\\b)|mg/m");
    private static final Pattern EMERGENCY_SIGN = Pattern.compile("(?s).*(breath|chest|fit|woken|collapse|bleeding|"
            + "confusion|urine|weakness|sepsis|ending your life).*");

    @ParameterizedTest
    @ValueSource(strings = {
            "Radiotherapy gives a clear survival benefit when margins are close.",
            "Radiotherapy after surgery improves survival.",
            "LMS is caused by mutations in TP53 and MDM2.",
            "About 2–7 per million people get LMS each year.",
            "LMS makes up 5–10% of soft-tissue sarcomas.",
            "Many cases of LMS grow from a fibroid.",
            "LMS is not a fibroid, but it can grow from a fibroid.",
            "LMS can arise from fibroids in the womb.",
            "Fibroids can turn into cancer.",
            "Adding bevacizumab to chemotherapy helped more tumours shrink.",
            "LMS most often starts in the stomach or small intestine.",
            "Uterine LMS frequently responds to hormonal treatment.",
            "Uterine LMS often responds well to hormone tablets.",
            "Gemcitabine with docetaxel is the typical chemotherapy for LMS.",
            "Gemcitabine and docetaxel are the standard first treatment.",
            "Pazopanib is approved for leiomyosarcoma.",
            "Pazopanib is often combined with chemotherapy.",
            "A score of 7 is grade 3.",
            "A total of six cycles is safe."})
    void theCheckerCatchesEachSeedClaim(String claim) {
        assertFalse(ForbiddenClaims.in(claim).isEmpty(), claim);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LMS is not a fibroid, and it does not grow from a fibroid.",
            "LMS never arises from fibroids.",
            "Radiotherapy lowers the chance of the cancer coming back in the same place. It has not been shown to "
                    + "help people live longer.",
            "Take it without food, on an empty stomach.",
            "Some say no amount is completely safe.",
            "As a first treatment, gemcitabine with docetaxel was no better than doxorubicin.",
            "Giving pazopanib together with chemotherapy has only been tried in research studies."})
    void theCheckerLetsCorrectStatementsThrough(String statement) {
        assertEquals(List.of(), ForbiddenClaims.in(statement));
    }

    @Test
    void noPanelMakesAForbiddenClaim() {
        List<String> found = new ArrayList<>();
        for (GuidancePanel panel : GuidanceCatalog.bundled().all()) {
            ForbiddenClaims.in(readerText(panel)).forEach(f -> found.add(panel.id() + ": " + f));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noPanelNamesADose() {
        for (GuidancePanel panel : GuidanceCatalog.bundled().all()) {
            assertFalse(DOSE.matcher(readerText(panel)).find(), panel.id() + " names a dose: the team's sheet does");
        }
    }

    @Test
    void noPanelCitesWikipediaForumsOrTheSeedDocuments() {
        Pattern ruledOut = Pattern.compile("wikipedia|reddit|britannica|oncofocus|seed");
        for (GuidancePanel panel : GuidanceCatalog.bundled().all()) {
            for (GuidanceSource source : panel.sources()) {
                String cited = (source.title() + " " + source.url()).toLowerCase(Locale.ROOT);
                assertFalse(ruledOut.matcher(cited).find(), panel.id() + " cites " + cited);
            }
        }
    }

    @Test
    void emergencyServicesAreNamedOnlyForEmergencySigns() {
        for (GuidancePanel panel : GuidanceCatalog.bundled().all()) {
            for (String line : panel.whenToCall()) {
                if (line.contains("emergency services")) {
                    assertTrue(EMERGENCY_SIGN.matcher(line.toLowerCase(Locale.ROOT)).matches(),
                            panel.id() + ": " + line);
                }
            }
        }
    }

    /** Everything a reader sees in a panel, sources aside. */
    static String readerText(GuidancePanel panel) {
        StringBuilder text = new StringBuilder(panel.title()).append('\n').append(panel.summary());
        panel.sections().forEach(s -> {
            text.append('\n').append(s.heading());
            s.paragraphs().forEach(p -> text.append('\n').append(p));
            s.bullets().forEach(b -> text.append('\n').append(b));
        });
        panel.whenToCall().forEach(w -> text.append('\n').append(w));
        return text.toString();
    }
}
