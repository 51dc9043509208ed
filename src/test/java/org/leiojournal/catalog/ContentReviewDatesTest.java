package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Regimen;

/**
 * Every medical data file (guidance pages, regimen templates, alert rules, follow-up presets) carries the day it
 * was last checked against its sources and the day it falls due again, 12 months later, and the catalogs hand
 * both to the screens. Dates are compared with each other and with fixed days, never with the machine's clock.
 */
class ContentReviewDatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The day the content was first written (commit 219d5e2); no file can have been reviewed before it. */
    private static final LocalDate WRITTEN = LocalDate.of(2026, 11, 22);

    @Test
    void everyMedicalFileNamesBothDatesAndIsDueTwelveMonthsAfterItsReview() throws Exception {
        Map<String, String> files = SourceAllowListTest.medicalFiles();
        assertTrue(files.size() > 50, "regimens, guidance, follow-up and rules were all read");
        for (Map.Entry<String, String> file : files.entrySet()) {
            JsonNode root = JSON.readTree(file.getValue());
            assertTrue(root.hasNonNull("reviewedOn"), file.getKey() + " names reviewedOn");
            assertTrue(root.hasNonNull("reviewDue"), file.getKey() + " names reviewDue");
            LocalDate reviewed = LocalDate.parse(root.get("reviewedOn").asText());
            LocalDate due = LocalDate.parse(root.get("reviewDue").asText());
            assertTrue(reviewed.isBefore(due), file.getKey());
            assertFalse(reviewed.isBefore(WRITTEN), file.getKey());
            assertEquals(reviewed.plusMonths(12), due, file.getKey() + " falls due 12 months after its review");
        }
    }

    @Test
    void theCatalogsHandTheDatesOn() {
        for (Regimen regimen : RegimenCatalog.bundled().all()) {
            ContentReview review = RegimenCatalog.bundled().review(regimen.id()).orElseThrow();
            assertTrue(review.reviewedOn().isBefore(review.reviewDue()), regimen.id());
        }
        assertTrue(RegimenCatalog.bundled().review("a-course-built-from-scratch").isEmpty());
        FollowUpCatalog.bundled().all().forEach(p -> assertTrue(p.review().reviewedOn().isBefore(p.review().reviewDue())));
        GuidanceCatalog.bundled().all().forEach(p -> assertTrue(p.review().reviewedOn().isBefore(p.review().reviewDue())));
        ContentReview rules = AlertRuleCatalog.bundled().review();
        assertEquals(LocalDate.of(2026, 12, 6), rules.reviewedOn());
        assertEquals(LocalDate.of(2027, 12, 6), rules.reviewDue());
    }

    @Test
    void aReviewIsDueOnItsDueDayNotTheDayBefore() {
        ContentReview review = new ContentReview(LocalDate.of(2026, 12, 6), LocalDate.of(2027, 12, 6));
        assertFalse(review.dueOn(LocalDate.of(2027, 12, 5)));
        assertTrue(review.dueOn(LocalDate.of(2027, 12, 6)));
        assertThrows(IllegalArgumentException.class,
                () -> new ContentReview(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6)));
    }
}
