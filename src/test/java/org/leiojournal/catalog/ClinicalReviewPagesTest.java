package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.treatment.Regimen;

/**
 * The page and template wording the 2026-12 clinical review corrected (finding named on each test), read as the
 * user reads it, so an old sentence cannot come back unnoticed.
 */
class ClinicalReviewPagesTest {

    private static final GuidanceLibrary PAGES = GuidanceCatalog.bundled();

    private static String page(String id) {
        GuidancePanel panel = PAGES.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return GuidanceClaimsTest.readerText(panel);
    }

    private static String sources(String id) {
        return PAGES.all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().sources().toString();
    }

    private static String cautions(String id) {
        Regimen regimen = RegimenCatalog.bundled().find(id).orElseThrow();
        return String.join("\n", regimen.cautions());
    }

    @Test
    void m5Lms04MaintenanceIsUpTo17CyclesAfterTheSixNotSeventeenInAll() {
        assertTrue(page("regimen-doxorubicin-trabectedin-lms04").contains("up to 23 cycles in all"));
        assertFalse(page("regimen-doxorubicin-trabectedin-lms04").contains("16 cycles"));
    }

    @Test
    void m6TrabectedinPagesDescribeAWindowNotOneDay() {
        for (String id : new String[] {"trabectedin", "regimen-trabectedin"}) {
            assertTrue(page(id).contains("as early as day 8"), id);
            assertFalse(page(id).contains("marks that day"), id);
        }
    }

    @Test
    void m7EribulinPagesFollowTheLabelAndNeuropathyIsNotDocetaxelOnly() {
        assertTrue(page("eribulin").contains("Before each dose") && page("eribulin").contains("QT"));
        assertFalse(page("eribulin").contains("could not check"));
        assertFalse(page("regimen-eribulin").contains("No source found"));
        assertTrue(sources("eribulin").contains("dailymed.nlm.nih.gov"));
        assertFalse(page("numbness-tingling").contains("mostly with docetaxel"));
        assertTrue(page("numbness-tingling").contains("eribulin"));
    }

    @Test
    void m9AndM1PazopanibNotesDeferToTheTeam() {
        String text = page("pazopanib") + page("regimen-pazopanib") + cautions("pazopanib");
        assertTrue(text.contains("12 hours") && text.contains("grapefruit") && text.contains("famotidine"));
        assertFalse(text.contains("Stop pazopanib"), "m1: not an order to stop a drug");
        assertTrue(cautions("pazopanib").contains("as a rise in liver test") || cautions("pazopanib")
                .contains("rise in liver test results"), "m11: the simvastatin risk is named");
    }

    @Test
    void m13TheDoxorubicinIfosfamidePageGivesTheLmsFigures() {
        String text = page("regimen-doxorubicin-ifosfamide");
        assertTrue(text.contains("19.5%") && text.contains("30.9%"));
        assertTrue(sources("regimen-doxorubicin-ifosfamide").contains("pubmed.ncbi.nlm.nih.gov/32129883"));
    }

    @Test
    void minorFindingsOnFeverFibroidsAndSupport() {
        String fever = page("fever-infection");
        assertTrue(fever.contains("by mouth or in the ear") && fever.contains("paracetamol")
                && fever.contains("chemotherapy alert card"), "m8");
        assertTrue(page("about-lms").contains("almost never grows from one"), "m13 (minor)");
        String support = page("support-organisations");
        assertTrue(support.contains("Sarcoma UK") && support.contains("National Leiomyosarcoma Foundation")
                && support.contains("Sarcoma Patients EuroNet"), "m12");
    }
}
