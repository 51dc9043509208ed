package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;

/**
 * M11: once every course with an anthracycline has ended, the app reminds the user to ask about the heart scan the
 * doxorubicin label asks for after treatment. Six 21-day cycles from Mon 4 Jan 2027 end on day 126, Sun 9 May 2027.
 */
class AfterAnthracyclineTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final LocalDate LAST_DAY = START.plusDays(6 * 21 - 1);

    private static Course course(long id, String template, List<Integer> cycles, Optional<CourseStop> stop) {
        Regimen plan = RegimenCatalog.bundled().find(template).orElseThrow();
        return new Course(id, plan, START, cycles, BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                new CourseHistory(List.of(), List.of(), stop));
    }

    @Test
    void sixCyclesOfDoxorubicinEndOnDay126AndTheReminderComesTheDayAfter() {
        List<Course> courses = List.of(course(1, "doxorubicin", List.of(6), Optional.empty()));
        assertEquals(LocalDate.of(2027, 5, 9), LAST_DAY);
        assertEquals(Optional.empty(), AfterAnthracycline.treatmentEnded(courses, LAST_DAY), "still on its last day");
        assertEquals(Optional.of(LAST_DAY), AfterAnthracycline.treatmentEnded(courses, LAST_DAY.plusDays(1)));
    }

    @Test
    void aStoppedCourseHasEndedOnItsStopDate() {
        LocalDate stop = START.plusDays(30);
        List<Course> courses = List.of(course(1, "doxorubicin", List.of(6), Optional.of(new CourseStop(stop, "side effects"))));
        assertEquals(Optional.empty(), AfterAnthracycline.treatmentEnded(courses, stop));
        assertEquals(Optional.of(stop), AfterAnthracycline.treatmentEnded(courses, stop.plusDays(1)));
    }

    @Test
    void noReminderWithoutAnAnthracyclineOrWhileOneIsStillGiven() {
        LocalDate later = LAST_DAY.plusDays(100);
        assertEquals(Optional.empty(), AfterAnthracycline.treatmentEnded(
                List.of(course(1, "gemcitabine-docetaxel-hensley", List.of(6), Optional.empty())), later), "no anthracycline");
        assertEquals(Optional.empty(), AfterAnthracycline.treatmentEnded(List.of(
                course(1, "doxorubicin", List.of(6), Optional.empty()),
                course(2, "doxorubicin-trabectedin-lms04", List.of(6, 0), Optional.empty())), later),
                "LMS-04 given until the team stops it is still running");
    }
}
