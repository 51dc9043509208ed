package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;

/** Daily pazopanib: which days have a dose ticked, counted from the first day up to yesterday. Dates counted by hand. */
class OralAdherenceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final LocalDate TEN_DAYS_AGO = LocalDate.of(2027, 3, 5);

    private static Course pazopanib(LocalDate start, Optional<CourseStop> stop) {
        return new Course(1, RegimenCatalog.bundled().find("pazopanib").orElseThrow(), start, List.of(0),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                new CourseHistory(List.of(), List.of(), stop));
    }

    private static Course pazopanib(LocalDate start) {
        return pazopanib(start, Optional.empty());
    }

    private static Set<LocalDate> days(LocalDate from, LocalDate to, LocalDate... except) {
        Set<LocalDate> set = new HashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            set.add(d);
        }
        set.removeAll(List.of(except));
        return set;
    }

    @Test
    void eightOfTheLastTenDaysTaken() {
        // 5 Mar to 14 Mar = 10 days due; 7 and 11 Mar not ticked
        Set<LocalDate> taken = days(TEN_DAYS_AGO, TODAY.minusDays(1), LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 11));
        OralAdherence adherence = OralAdherence.of(pazopanib(TEN_DAYS_AGO), taken, TODAY);
        assertEquals(10, adherence.daysDue());
        assertEquals(8, adherence.daysTaken());
        assertEquals(List.of(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 11)), adherence.missed());
        assertFalse(adherence.takenToday());
    }

    @Test
    void todayIsNeverMissedYetAndTakenTodayFollowsTheTick() {
        Set<LocalDate> taken = days(TEN_DAYS_AGO, TODAY.minusDays(1));
        OralAdherence notYet = OralAdherence.of(pazopanib(TEN_DAYS_AGO), taken, TODAY);
        assertEquals(10, notYet.daysDue(), "today is not due until it is over");
        assertEquals(List.of(), notYet.missed());
        assertFalse(notYet.takenToday());

        taken.add(TODAY);
        OralAdherence ticked = OralAdherence.of(pazopanib(TEN_DAYS_AGO), taken, TODAY);
        assertTrue(ticked.takenToday());
        assertEquals(10, ticked.daysDue());
        assertEquals(10, ticked.daysTaken(), "today's tick does not count as an extra past day");
    }

    @Test
    void aStoppedCourseCountsOnlyUpToItsStopDate() {
        // stopped on 10 Mar: 5–10 Mar = 6 days due; 7 Mar missed; 11 Mar and later are not due at all
        Course stopped = pazopanib(TEN_DAYS_AGO, Optional.of(new CourseStop(LocalDate.of(2027, 3, 10), "liver tests")));
        Set<LocalDate> taken = days(TEN_DAYS_AGO, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 7));
        OralAdherence adherence = OralAdherence.of(stopped, taken, TODAY);
        assertEquals(6, adherence.daysDue());
        assertEquals(5, adherence.daysTaken());
        assertEquals(List.of(LocalDate.of(2027, 3, 7)), adherence.missed());
        assertFalse(adherence.takenToday());
    }

    @Test
    void aStopAfterTodayChangesNothingYet() {
        Course stopping = pazopanib(TEN_DAYS_AGO, Optional.of(new CourseStop(LocalDate.of(2027, 4, 1), "surgery")));
        Set<LocalDate> taken = days(TEN_DAYS_AGO, TODAY);
        OralAdherence adherence = OralAdherence.of(stopping, taken, TODAY);
        assertEquals(10, adherence.daysDue());
        assertEquals(10, adherence.daysTaken());
        assertTrue(adherence.takenToday());
    }

    @Test
    void aCourseStartingTodayHasNothingDueYet() {
        OralAdherence none = OralAdherence.of(pazopanib(TODAY), Set.of(), TODAY);
        assertEquals(0, none.daysDue());
        assertEquals(0, none.daysTaken());
        assertEquals(List.of(), none.missed());
        assertFalse(none.takenToday());
        assertTrue(OralAdherence.of(pazopanib(TODAY), Set.of(TODAY), TODAY).takenToday(), "the first dose, ticked");
    }

    @Test
    void aCourseStartingTomorrowHasNothingDueAndNothingTakenToday() {
        OralAdherence adherence = OralAdherence.of(pazopanib(TODAY.plusDays(1)), Set.of(TODAY), TODAY);
        assertEquals(0, adherence.daysDue());
        assertEquals(List.of(), adherence.missed());
        assertFalse(adherence.takenToday(), "a tick before the course starts is not a dose of it");
    }

    @Test
    void ticksOutsideTheCourseDoNotCount() {
        // ticks before the start (from an earlier course) do not fill a missed day of this one
        Set<LocalDate> taken = days(TEN_DAYS_AGO.minusDays(5), TODAY.minusDays(1), LocalDate.of(2027, 3, 9));
        OralAdherence adherence = OralAdherence.of(pazopanib(TEN_DAYS_AGO), taken, TODAY);
        assertEquals(10, adherence.daysDue());
        assertEquals(9, adherence.daysTaken());
        assertEquals(List.of(LocalDate.of(2027, 3, 9)), adherence.missed());
    }

    @Test
    void theLeapDayIsADayToo() {
        // 27 Feb 2028 to 2 Mar 2028: 27, 28, 29 Feb, 1, 2 Mar = 5 days; only 29 Feb not ticked
        LocalDate start = LocalDate.of(2028, 2, 27);
        LocalDate today = LocalDate.of(2028, 3, 3);
        Set<LocalDate> taken = days(start, today.minusDays(1), LocalDate.of(2028, 2, 29));
        OralAdherence adherence = OralAdherence.of(pazopanib(start), taken, today);
        assertEquals(5, adherence.daysDue());
        assertEquals(4, adherence.daysTaken());
        assertEquals(List.of(LocalDate.of(2028, 2, 29)), adherence.missed());
    }
}
