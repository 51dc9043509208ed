package org.leiojournal.domain.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.emergency.SheetFixtures.TODAY;
import static org.leiojournal.domain.emergency.SheetFixtures.course;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.EmergencySheetCatalog;
import org.leiojournal.domain.report.ReportFixtures;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;

/**
 * What the emergency sheet says about chemotherapy on Sun 22 Nov 2026, for each case and at each day boundary.
 * Six cycles of doxorubicin, 21 days each, given on day 1: the last dose is on day 106 of the course (cycle 6
 * day 1), the course's last day is day 126, and the sheet says "possible neutropenic sepsis" for 42 days (six
 * weeks) after the last dose, up to day 148.
 */
class ChemotherapyNowTest {

    private static ChemotherapyNow on(List<Course> courses) {
        return ChemotherapyNow.on(TODAY, courses, EmergencySheetCatalog.bundled(), AlertRuleCatalog.bundled());
    }

    @Test
    void noCourseSaysNothingAboutChemotherapy() {
        ChemotherapyNow now = on(List.of());
        assertEquals(ChemoStatus.NONE, now.status());
        assertFalse(now.status().possibleSepsis());
        assertEquals(Optional.empty(), now.last());
        assertEquals(Optional.empty(), now.position());
        assertFalse(now.inLowCountWindow());
    }

    @Test
    void aCourseThatStartsTomorrowIsNotYetChemotherapy() {
        ChemotherapyNow now = on(List.of(course("doxorubicin", -1)));
        assertEquals(ChemoStatus.NONE, now.status());
        assertEquals(Optional.empty(), now.last());
    }

    @Test
    void duringACourseItGivesCycleDayAndTheLastTreatmentDay() {
        ChemotherapyNow now = on(List.of(course("doxorubicin", 23))); // cycle 2 began 2 days ago
        assertEquals(ChemoStatus.DURING_COURSE, now.status());
        assertTrue(now.status().possibleSepsis());
        assertEquals(2, now.position().orElseThrow().cycle());
        assertEquals(3, now.position().orElseThrow().day());
        assertEquals(TODAY.minusDays(2), now.last().orElseThrow().date());
        assertEquals(List.of("Doxorubicin"), now.last().orElseThrow().drugs());
        assertEquals(Optional.empty(), now.riskUntil(), "no end is given while the course runs");
    }

    @Test
    void onATreatmentDayThatDayIsTheLastTreatmentDay() {
        ChemotherapyNow now = on(List.of(course("doxorubicin", 0)));
        assertEquals(TODAY, now.last().orElseThrow().date());
        assertEquals(1, now.position().orElseThrow().day());
    }

    /** The doxorubicin template's low-count window is days 10 to 14 of each cycle. */
    @ParameterizedTest(name = "cycle day {0}: in the low-count window {1}")
    @CsvSource({"9, false", "10, true", "14, true", "15, false"})
    void theLowCountWindowRunsFromItsFirstToItsLastDay(int cycleDay, boolean inside) {
        ChemotherapyNow now = on(List.of(course("doxorubicin", cycleDay - 1)));
        assertEquals(inside, now.inLowCountWindow());
        assertEquals(inside ? List.of("Doxorubicin") : List.of(), now.lowCountDrugs());
        assertEquals(ChemoStatus.DURING_COURSE, now.status());
    }

    /** Course day n is {@code n - 1} days after day 1. */
    @ParameterizedTest(name = "course day {0}: {1}")
    @CsvSource({"126, DURING_COURSE", "127, AFTER_COURSE", "148, AFTER_COURSE", "149, NONE"})
    void afterTheCourseItStaysSixWeeksFromTheLastDose(int courseDay, ChemoStatus expected) {
        ChemotherapyNow now = on(List.of(course("doxorubicin", courseDay - 1)));
        assertEquals(expected, now.status());
        assertEquals(TODAY.minusDays(courseDay - 106), now.last().orElseThrow().date(), "cycle 6 day 1");
        if (expected != ChemoStatus.DURING_COURSE) {
            assertEquals(now.last().orElseThrow().date().plusDays(42), now.riskUntil().orElseThrow());
        }
    }

    @Test
    void aStoppedCourseCountsFromItsLastDoseBeforeTheStop() {
        Course course = course("doxorubicin", 50); // doses on days 1, 22 and 43
        Course stopped = course.withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(TODAY.minusDays(3), "side effects"))));
        ChemotherapyNow now = on(List.of(stopped));
        assertEquals(ChemoStatus.AFTER_COURSE, now.status());
        assertEquals(TODAY.minusDays(50 - 42), now.last().orElseThrow().date());
    }

    /** A rule that keeps a drug's signs on longer than the sheet's own days after wins: trabectedin's 28 days. */
    @ParameterizedTest(name = "course day {0}: {1}")
    @CsvSource({"134, AFTER_COURSE", "135, NONE"})
    void aDrugsLongerDaysAfterFromTheAlertRulesExtendTheRisk(int courseDay, ChemoStatus expected) {
        SheetWording bundled = EmergencySheetCatalog.bundled();
        SheetWording sevenDays = new SheetWording(bundled.heading(), bundled.subheading(), bundled.possibleSepsis(),
                bundled.urgentAction(), bundled.lowCountNote(), bundled.patientHeld(), bundled.contactTeam(),
                bundled.alwaysNamed(), 7, bundled.review(), bundled.sources());
        ChemotherapyNow now = ChemotherapyNow.on(TODAY, List.of(course("trabectedin", courseDay - 1)), sevenDays,
                AlertRuleCatalog.bundled());
        assertEquals(expected, now.status(), "28 days after day 106");
    }

    @Test
    void aSkippedDoseIsNamedAsSkippedAndStillCounts() {
        Course course = course("doxorubicin", 23);
        Course skipped = course.withHistory(new CourseHistory(List.of(),
                List.of(new DoseRecord(2, 1, "Doxorubicin", DoseOutcome.SKIPPED, Optional.empty(), "low counts")),
                Optional.empty()));
        assertEquals(List.of("Doxorubicin (skipped)"), on(List.of(skipped)).last().orElseThrow().drugs());
    }

    @Test
    void dailyTabletsCountTodayAsTheLastTreatmentDay() {
        ChemotherapyNow now = on(List.of(ReportFixtures.course("pazopanib", TODAY.minusDays(44), 1)));
        assertEquals(ChemoStatus.DURING_COURSE, now.status());
        assertEquals(TODAY, now.last().orElseThrow().date());
        assertEquals(45, now.position().orElseThrow().day());
        assertTrue(now.position().orElseThrow().continuous());
    }

    @Test
    void theMostRecentCourseGivesTheLastTreatmentDay() {
        ChemotherapyNow now = on(List.of(course("doxorubicin", 400), course("trabectedin", 8)));
        assertTrue(now.last().orElseThrow().regimen().startsWith("Trabectedin"));
        assertEquals(TODAY.minusDays(8), now.last().orElseThrow().date());
    }
}
