package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.HeartScanCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment.Stage;

/**
 * M11: the heart scan to ask about 6 to 12 months after the last anthracycline dose (ASCO 2017), counted from the
 * dose really given. Six 21-day cycles of doxorubicin from Mon 4 Jan 2027: the last dose, cycle 6 day 1, is on
 * Mon 19 Apr 2027, and the course's last day is Sun 9 May 2027.
 */
class HeartScanAfterTreatmentTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate LAST_DOSE = LocalDate.of(2027, 4, 19);
    private static final HeartScanAfterTreatment ASCO = HeartScanCatalog.afterAnthracycline();

    private static Course doxorubicin(CourseHistory history) {
        return new Course(1, RegimenCatalog.bundled().find("doxorubicin").orElseThrow(), START, List.of(6),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "", history);
    }

    @Test
    void theBundledFileAsksBetweenSixAndTwelveMonthsAndNamesItsSources() {
        assertEquals(6, ASCO.askFromMonths());
        assertEquals(12, ASCO.askToMonths());
        assertTrue(ASCO.sources().stream().anyMatch(s -> s.contains("J Clin Oncol 2017;35:893-911")), "ASCO 2017");
        assertEquals(new ContentReview(LocalDate.of(2026, 12, 6), LocalDate.of(2027, 12, 6)), ASCO.review());
    }

    @Test
    void theWindowOpensSixMonthsAfterTheLastDoseNotTheDayBeforeAndClosesAfterTwelve() {
        LocalDate from = LocalDate.of(2027, 10, 19);
        LocalDate to = LocalDate.of(2028, 4, 19);
        assertEquals(Stage.COMING, ASCO.windowFor(LAST_DOSE, from.minusDays(1)).stage());
        assertEquals(Stage.DUE, ASCO.windowFor(LAST_DOSE, from).stage());
        assertEquals(Stage.DUE, ASCO.windowFor(LAST_DOSE, to).stage());
        assertEquals(Stage.PAST, ASCO.windowFor(LAST_DOSE, to.plusDays(1)).stage());
        HeartScanAfterTreatment.Window window = ASCO.windowFor(LAST_DOSE, from);
        assertEquals(from, window.from());
        assertEquals(to, window.to());
    }

    @Test
    void theLastDoseIsTheLastDoxorubicinDayNotTheCoursesLastDay() {
        List<Course> courses = List.of(doxorubicin(CourseHistory.EMPTY));
        LocalDate dayAfterCourse = LocalDate.of(2027, 5, 10);
        assertEquals(Optional.empty(), AfterAnthracycline.lastDose(courses, dayAfterCourse.minusDays(1)),
                "no reminder while the course runs, even after its last dose");
        assertEquals(Optional.of(LAST_DOSE), AfterAnthracycline.lastDose(courses, dayAfterCourse));
    }

    @Test
    void aDelayOfTheLastDoseMovesTheWindowWithIt() {
        LocalDate delayedTo = LAST_DOSE.plusDays(7);
        Course delayed = doxorubicin(new CourseHistory(List.of(new Delay(6, 1, delayedTo, "counts low")), List.of(),
                Optional.empty()));
        LocalDate later = LocalDate.of(2027, 12, 1);
        assertEquals(Optional.of(delayedTo), AfterAnthracycline.lastDose(List.of(delayed), later));
        assertEquals(LocalDate.of(2027, 10, 26), ASCO.windowFor(delayedTo, later).from());
        assertEquals(Stage.COMING, ASCO.windowFor(delayedTo, LocalDate.of(2027, 10, 25)).stage(),
                "the undelayed window would already be open on this day");
    }

    @Test
    void aCourseStoppedEarlyCountsFromTheLastDoseBeforeTheStop() {
        // Stopped on Fri 5 Mar 2027, after cycle 3's dose on Mon 15 Feb and before cycle 4's on Mon 8 Mar.
        LocalDate stop = LocalDate.of(2027, 3, 5);
        Course stopped = doxorubicin(new CourseHistory(List.of(), List.of(), Optional.of(new CourseStop(stop, "heart scan"))));
        assertEquals(Optional.empty(), AfterAnthracycline.lastDose(List.of(stopped), stop));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 15)), AfterAnthracycline.lastDose(List.of(stopped), stop.plusDays(1)));
        assertEquals(LocalDate.of(2027, 8, 15), ASCO.windowFor(LocalDate.of(2027, 2, 15), stop).from());
    }

    @Test
    void aSkippedLastDoseDoesNotCount() {
        Course skipped = doxorubicin(new CourseHistory(List.of(), List.of(new DoseRecord(6, 1, "Doxorubicin",
                DoseOutcome.SKIPPED, Optional.empty(), "")), Optional.empty()));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 29)),
                AfterAnthracycline.lastDose(List.of(skipped), LocalDate.of(2027, 6, 1)), "cycle 5 day 1");
    }

    @Test
    void noWindowWithoutAnAnthracycline() {
        Course gemDoc = new Course(1, RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley").orElseThrow(),
                START, List.of(6), BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY);
        assertEquals(Optional.empty(), AfterAnthracycline.lastDose(List.of(gemDoc), LocalDate.of(2028, 1, 1)));
    }

    @Test
    void aWindowThatRunsBackwardsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HeartScanAfterTreatment(12, 6, List.of("x"),
                ASCO.review()));
        assertFalse(ASCO.sources().isEmpty());
    }
}
