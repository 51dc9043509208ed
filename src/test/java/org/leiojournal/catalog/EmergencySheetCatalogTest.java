package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.emergency.SheetWording;

/** The emergency sheet's bundled words: read, sourced, dated, and saying what the sources say. */
class EmergencySheetCatalogTest {

    @Test
    void theWordingIsReadWithItsSourcesAndReviewDates() {
        SheetWording wording = EmergencySheetCatalog.bundled();
        assertEquals(LocalDate.of(2026, 12, 6), wording.review().reviewedOn());
        assertTrue(wording.review().reviewDue().isAfter(wording.review().reviewedOn()));
        assertTrue(wording.sources().stream().anyMatch(s -> s.url().contains("nice.org.uk/guidance/cg151")));
        assertTrue(wording.sources().stream().anyMatch(s -> s.url().contains(".nhs.uk/")), "an NHS trust's leaflet");
    }

    /**
     * The East and North Herts page: chemotherapy "in the last six weeks", a temperature "greater than 37.5°C or
     * less than 36.0°C", rigors, feeling unwell; NICE QS161: within 1 hour.
     */
    @Test
    void itSaysSixWeeksAndOneHourAsItsSourcesDo() {
        SheetWording wording = EmergencySheetCatalog.bundled();
        assertEquals(42, wording.daysAfterLastTreatment());
        assertTrue(wording.urgentAction().contains("within 1 hour"), wording.urgentAction());
        assertTrue(wording.urgentAction().contains("last six weeks"), wording.urgentAction());
        assertTrue(wording.urgentAction().replace('\u00A0', ' ').contains("above 37.5 °C or below 36.0 °C"), "the trust's numbers");
        assertTrue(wording.patientHeld().contains("not a medical record"));
        assertTrue(wording.contactTeam().contains("treating oncology team"));
    }
}
