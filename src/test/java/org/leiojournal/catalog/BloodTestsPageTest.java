package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.guidance.GuidanceCategory;
import org.leiojournal.domain.guidance.GuidancePanel;

/**
 * Issue 22: the page on blood tests during chemotherapy. Every page's own checks (sources, dates, length, claims)
 * are in {@link GuidanceCatalogTest} and {@link GuidanceClaimsTest}; these are the points this page must make, and
 * the temperature to call at, worded as the fever page and the alert rules word it, so the two pages never differ.
 */
class BloodTestsPageTest {

    /** The fever page's words for when to call; the temperature rule's note says the same. */
    static final String CALL_AT = "at or above the level your team gave you, or 36.0 °C or below";

    private static GuidancePanel page(String id) {
        return GuidanceCatalog.bundled().find(id).orElseThrow();
    }

    @Test
    void itExplainsEachCountAndWhyACycleWaits() {
        GuidancePanel page = page("blood-tests");
        assertEquals(GuidanceCategory.TREATMENT, page.category());
        String text = GuidanceClaimsTest.readerText(page);
        for (String topic : List.of("Neutrophils", "Platelets", "Haemoglobin", "creatinine", "bilirubin",
                "may wait", "Each lab prints its own range")) {
            assertTrue(text.contains(topic), topic);
        }
    }

    @Test
    void aFeverWhenNeutrophilsMayBeLowMeansCallingAtOnceAtTheFeverPagesTemperatures() {
        GuidancePanel page = page("blood-tests");
        assertTrue(page.whenToCall().get(0).contains("at once") && page.whenToCall().get(0).contains(CALL_AT),
                page.whenToCall().get(0));
        assertTrue(page("fever-infection").whenToCall().get(0).contains(CALL_AT), "the fever page says the same");
        assertTrue(page.related().contains("fever-infection") && page("fever-infection").related()
                .contains("blood-tests"), "each page leads to the other");
    }

    @Test
    void itNeverCallsAValueSafeNorNamesALevelToTreatAt() {
        String text = GuidanceClaimsTest.readerText(page("blood-tests")).toLowerCase(Locale.ROOT);
        assertFalse(text.contains("safe"), "a count is never called safe");
        assertFalse(text.matches("(?s).*\\d\\s*(×|x)\\s*10.*"), "no level to treat at: the team has its own");
        assertFalse(text.contains("dose"), "no dose advice");
    }
}
