package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.validation.Problem;

/**
 * The general rules of the course calendar, on small regimens built here so they do not depend on any template.
 * Every expected date was counted by hand.
 */
class CourseCalendarTest {

    private static final BodySurfaceArea BSA = BodySurfaceArea.entered(new BigDecimal("1.80"));
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static DrugPlan drug(String name, String amount, List<Integer> days) {
        return new DrugPlan(name, Dose.of(amount, DoseUnit.MG_PER_M2), Route.INTRAVENOUS, "", days, false, "",
                List.of("test"));
    }

    /** Gemcitabine d1, d8 + docetaxel d8 every 21 days, with the supportive care of the Hensley schedule. */
    static Regimen gemDoc() {
        Phase phase = new Phase("Gemcitabine + docetaxel", 21, Optional.empty(), "",
                List.of(drug("Gemcitabine", "900", List.of(1, 8)), drug("Docetaxel", "100", List.of(8))),
                List.of(new SupportPlan(SupportKind.PREMEDICATION, "Dexamethasone", "", List.of(7, 8, 9), List.of("t")),
                        new SupportPlan(SupportKind.GROWTH_FACTOR, "G-CSF", "", List.of(9, 10, 11, 12, 13, 14, 15),
                                List.of("t"))),
                List.of(new MonitoringPlan("Blood count", List.of(1, 8), List.of(), List.of(), List.of(), List.of("t"))),
                List.of(new LowCountWindow("Docetaxel", 14, 16, List.of("t"))));
        return new Regimen("gem-doc", "Gemcitabine + docetaxel", List.of(phase), List.of());
    }

    /** One drug on day 1 every 21 days. */
    static Regimen everyThreeWeeks() {
        Phase phase = new Phase("Trabectedin", 21, Optional.empty(), "",
                List.of(drug("Trabectedin", "1.5", List.of(1))), null, null, null);
        return new Regimen("q21", "Trabectedin", List.of(phase), List.of());
    }

    private static Course course(Regimen regimen, LocalDate start, int cycles, CourseHistory history) {
        return new Course(0, regimen, start, List.of(cycles), BSA, "", history);
    }

    private static CourseHistory delays(Delay... delays) {
        return new CourseHistory(List.of(delays), List.of(), Optional.empty());
    }

    private static CourseHistory stopped(LocalDate date) {
        return new CourseHistory(List.of(), List.of(), Optional.of(new CourseStop(date, "side effects")));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> datesOf(CourseCalendar calendar, EntryKind kind, int cycle) {
        return calendar.entries().stream().filter(e -> e.kind() == kind && e.cycle() == cycle)
                .map(CalendarEntry::date).toList();
    }

    private static List<LocalDate> run(String from, String to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            dates.add(x);
        }
        return dates;
    }

    private static void assertPosition(CourseCalendar calendar, LocalDate date, int cycle, int day) {
        CyclePosition position = calendar.positionOn(date).orElseThrow(() -> new AssertionError("none on " + date));
        assertEquals(cycle, position.cycle(), "cycle on " + date);
        assertEquals(day, position.day(), "day on " + date);
    }

    // ---- delays ----

    @Test
    void delayingCycleTwoByAWeekMovesItAndEveryLaterCycle() {
        CourseCalendar calendar = course(gemDoc(), START, 6,
                delays(new Delay(2, 1, d("2027-02-01"), "low counts"))).calendar();
        List<CycleDates> cycles = calendar.cycles();
        assertEquals(d("2027-01-04"), cycles.get(0).start());
        assertFalse(cycles.get(0).moved());
        for (int i = 1; i < 6; i++) {
            LocalDate planned = START.plusDays(21L * i);
            assertEquals(planned, cycles.get(i).plannedStart(), "plan kept for cycle " + (i + 1));
            assertEquals(planned.plusDays(7), cycles.get(i).start(), "cycle " + (i + 1) + " a week later");
            assertTrue(cycles.get(i).moved());
        }
        TreatmentDay moved = calendar.treatmentDay(2, 1).orElseThrow();
        assertEquals(d("2027-01-25"), moved.plannedDate());
        assertEquals(d("2027-02-01"), moved.date());
        assertTrue(moved.moved());
        assertEquals("low counts", moved.delay().orElseThrow().reason());
        TreatmentDay carried = calendar.treatmentDay(3, 8).orElseThrow();
        assertEquals(d("2027-02-22"), carried.plannedDate());
        assertEquals(d("2027-03-01"), carried.date());
        assertTrue(carried.delay().isEmpty(), "moved by the earlier delay, not one of its own");
        assertEquals(d("2027-01-11"), calendar.treatmentDay(1, 8).orElseThrow().date(), "cycle 1 untouched");
        assertEquals(Optional.of(d("2027-05-16")), calendar.lastDay());
    }

    @Test
    void theCycleBeforeADelayLastsUntilTheDayBeforeTheNewStart() {
        CourseCalendar calendar = course(gemDoc(), START, 6,
                delays(new Delay(2, 1, d("2027-02-01"), ""))).calendar();
        assertEquals(d("2027-01-31"), calendar.cycles().get(0).end());
        assertPosition(calendar, d("2027-01-24"), 1, 21);
        assertPosition(calendar, d("2027-01-25"), 1, 22);
        assertPosition(calendar, d("2027-01-31"), 1, 28);
        assertPosition(calendar, d("2027-02-01"), 2, 1);
        assertEquals(d("2027-02-01"), calendar.nextCycleAfter(d("2027-01-25")).orElseThrow().start());
    }

    @Test
    void delayingDayEightMovesItsSupportButNotDayOne() {
        Course course = course(gemDoc(), START, 6, delays(new Delay(1, 8, d("2027-01-14"), "")));
        CourseCalendar calendar = course.calendar();
        CourseCalendar plain = course.withHistory(CourseHistory.EMPTY).calendar();
        assertEquals(run("2027-01-10", "2027-01-12"), datesOf(plain, EntryKind.PREMEDICATION, 1));
        assertEquals(run("2027-01-13", "2027-01-15"), datesOf(calendar, EntryKind.PREMEDICATION, 1),
                "dexamethasone days 7–9 follow docetaxel");
        assertEquals(run("2027-01-15", "2027-01-21"), datesOf(calendar, EntryKind.GROWTH_FACTOR, 1));
        assertEquals(run("2027-01-20", "2027-01-22"), datesOf(calendar, EntryKind.LOW_COUNTS, 1));
        assertEquals(List.of(d("2027-01-04"), d("2027-01-14")), datesOf(calendar, EntryKind.MONITORING, 1));
        assertEquals(d("2027-01-04"), calendar.treatmentDay(1, 1).orElseThrow().date(), "day 1 stays");
        assertEquals(d("2027-01-04"), calendar.cycles().get(0).start());
        assertEquals(List.of(d("2027-01-04"), d("2027-01-14")), calendar.entries().stream()
                .filter(e -> e.kind() == EntryKind.DRUG && e.label().equals("Gemcitabine") && e.cycle() == 1)
                .map(CalendarEntry::date).toList());
        assertEquals(d("2027-01-28"), calendar.cycles().get(1).start(), "later days move by the same 3 days");
        assertEquals(d("2027-01-27"), calendar.cycles().get(0).end());
        assertPosition(calendar, d("2027-01-14"), 1, 11);
    }

    @Test
    void bringingTheFirstDayForwardStartsTheCourseThere() {
        CourseCalendar calendar = course(gemDoc(), START, 6, delays(new Delay(1, 1, d("2027-01-02"), "earlier slot")))
                .calendar();
        assertEquals(d("2027-01-02"), calendar.treatmentDay(1, 1).orElseThrow().date());
        assertEquals(d("2027-01-02"), calendar.cycles().get(0).start());
        assertEquals(d("2027-01-02"), calendar.firstDay());
        assertTrue(calendar.covers(d("2027-01-02")));
        assertPosition(calendar, d("2027-01-02"), 1, 1);
        assertPosition(calendar, d("2027-01-09"), 1, 8);
        assertEquals(Optional.empty(), calendar.positionOn(d("2027-01-01")));
        CourseCalendar later = course(gemDoc(), START, 6, delays(new Delay(1, 1, d("2027-01-06"), ""))).calendar();
        assertEquals(START, later.firstDay(), "a later first dose leaves the planned start as the first day");
        assertEquals(Optional.empty(), later.positionOn(d("2027-01-05")), "no cycle yet: treatment has not begun");
        assertPosition(later, d("2027-01-06"), 1, 1);
    }

    @Test
    void aDelayOntoOrBeforeThePreviousTreatmentDayIsRefused() {
        CourseCalendar calendar = course(gemDoc(), START, 6, null).calendar();
        for (LocalDate date : List.of(d("2027-01-04"), d("2027-01-03"))) {
            Problem problem = calendar.checkDelay(1, 8, date).orElseThrow();
            assertEquals("treatment.delay.beforePrevious", problem.messageKey());
            assertEquals(CourseCalendar.Field.DELAY_DATE, problem.field());
            assertEquals(List.of(d("2027-01-04")), problem.args());
        }
        assertEquals("treatment.delay.beforePrevious",
                calendar.checkDelay(2, 1, d("2027-01-11")).orElseThrow().messageKey(), "onto cycle 1 day 8");
        assertEquals(Optional.empty(), calendar.checkDelay(1, 8, d("2027-01-05")), "the day after day 1 is fine");
        assertEquals(Optional.empty(), calendar.checkDelay(2, 1, d("2027-02-01")));
    }

    @Test
    void aDelayToTheSameDateIsRefused() {
        CourseCalendar calendar = course(gemDoc(), START, 6, null).calendar();
        assertEquals("treatment.delay.sameDate", calendar.checkDelay(1, 8, d("2027-01-11")).orElseThrow().messageKey());
        CourseCalendar delayed = course(gemDoc(), START, 6, delays(new Delay(2, 1, d("2027-02-01"), ""))).calendar();
        assertEquals("treatment.delay.sameDate",
                delayed.checkDelay(2, 1, d("2027-02-01")).orElseThrow().messageKey(), "the date it has now");
        assertEquals(Optional.empty(), delayed.checkDelay(2, 1, d("2027-01-25")), "back to the plan is a change");
    }

    @Test
    void aDelayAfterTheStopIsRefused() {
        CourseCalendar calendar = course(gemDoc(), START, 6, stopped(d("2027-01-20"))).calendar();
        Problem problem = calendar.checkDelay(1, 8, d("2027-01-21")).orElseThrow();
        assertEquals("treatment.delay.afterStop", problem.messageKey());
        assertEquals(List.of(d("2027-01-20")), problem.args());
        assertEquals(Optional.empty(), calendar.checkDelay(1, 8, d("2027-01-20")), "on the stop date itself");
        assertEquals("treatment.delay.noSuchDay",
                calendar.checkDelay(2, 1, d("2027-02-01")).orElseThrow().messageKey(), "cycle 2 is gone");
        assertEquals("treatment.delay.noSuchDay",
                calendar.checkDelay(1, 3, d("2027-01-07")).orElseThrow().messageKey(), "nothing on day 3");
    }

    // ---- stop ----

    @Test
    void anEarlyStopRemovesLaterDaysAndCycles() {
        CourseCalendar calendar = course(gemDoc(), START, 6, stopped(d("2027-02-05"))).calendar();
        assertEquals(2, calendar.cycles().size());
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-25"), d("2027-02-01")),
                calendar.treatmentDays().stream().map(TreatmentDay::date).toList());
        assertEquals(Optional.of(d("2027-02-05")), calendar.lastDay());
        assertPosition(calendar, d("2027-02-05"), 2, 12);
        assertEquals(Optional.empty(), calendar.positionOn(d("2027-02-06")));
        assertEquals(Optional.empty(), calendar.positionOn(d("2027-03-01")));
        assertEquals(Optional.empty(), calendar.nextCycleAfter(d("2027-02-01")));
        assertTrue(calendar.entries().stream().noneMatch(e -> e.date().isAfter(d("2027-02-05"))));
        assertTrue(calendar.entries().stream().anyMatch(e -> e.date().equals(d("2027-02-05"))),
                "G-CSF of cycle 2 still runs up to the stop");
        assertFalse(calendar.covers(d("2027-02-06")));
        assertTrue(calendar.covers(d("2027-02-05")));
    }

    @Test
    void aStopEndsContinuousTreatment() {
        Phase daily = new Phase("Pazopanib", 0, Optional.empty(), "",
                List.of(new DrugPlan("Pazopanib", Dose.of("800", DoseUnit.MG), Route.ORAL, "", List.of(), false, "",
                        List.of("t"))),
                null, List.of(new MonitoringPlan("Liver", null, null, List.of(3, 5, 7, 9), List.of(3, 4), List.of("t"))),
                null);
        Regimen pazopanib = new Regimen("paz", "Pazopanib", List.of(daily), List.of());
        CourseCalendar open = course(pazopanib, START, 0, null).calendar();
        assertEquals(Optional.empty(), open.lastDay());
        assertPosition(open, START.plusYears(3), 0, 1097);
        CourseCalendar calendar = course(pazopanib, START, 0, stopped(d("2027-02-20"))).calendar();
        assertEquals(Optional.of(d("2027-02-20")), calendar.lastDay());
        assertPosition(calendar, d("2027-02-20"), 0, 48);
        assertEquals(Optional.empty(), calendar.positionOn(d("2027-02-21")));
        assertEquals(List.of(d("2027-01-18"), d("2027-02-01"), d("2027-02-15")),
                calendar.entries().stream().map(CalendarEntry::date).toList());
    }

    // ---- calendar edge cases ----

    @Test
    void aLeapDayCountsAsADayOfTheCycle() {
        CourseCalendar calendar = course(gemDoc(), d("2028-02-22"), 6, null).calendar();
        assertEquals(d("2028-02-29"), calendar.treatmentDay(1, 8).orElseThrow().date());
        assertEquals(d("2028-03-14"), calendar.cycles().get(1).start());
        assertEquals(d("2028-03-13"), calendar.cycles().get(0).end());
        assertPosition(calendar, d("2028-02-29"), 1, 8);
        assertPosition(calendar, d("2028-03-01"), 1, 9);
        assertPosition(calendar, d("2028-03-13"), 1, 21);
    }

    @Test
    void withoutALeapDayMarchComesADayEarlier() {
        CourseCalendar calendar = course(gemDoc(), d("2027-02-22"), 6, null).calendar();
        assertEquals(d("2027-03-01"), calendar.treatmentDay(1, 8).orElseThrow().date());
        assertEquals(d("2027-03-15"), calendar.cycles().get(1).start());
        assertPosition(calendar, d("2027-02-28"), 1, 7);
        assertPosition(calendar, d("2027-03-01"), 1, 8);
    }

    @Test
    void theClockGoingForwardInLondonKeepsWholeDays() {
        // 2027-03-28: clocks go forward at 01:00 GMT. The course starts on Monday 22 March.
        ZoneId london = ZoneId.of("Europe/London");
        CourseCalendar calendar = course(everyThreeWeeks(), d("2027-03-22"), 6, null).calendar();
        assertPosition(calendar, today("2027-03-28T00:30:00Z", london), 1, 7);
        assertPosition(calendar, today("2027-03-28T22:59:00Z", london), 1, 7);   // 23:59 BST
        assertPosition(calendar, today("2027-03-28T23:00:00Z", london), 1, 8);   // 00:00 BST on the 29th
        assertPosition(calendar, today("2027-04-11T23:30:00Z", london), 2, 1);   // 00:30 BST on 12 April
        assertEquals(d("2027-04-12"), calendar.cycles().get(1).start());
    }

    @Test
    void theClockGoingBackInNewYorkKeepsWholeDays() {
        // 2027-11-07: clocks go back at 02:00 EDT (06:00 UTC). The course starts on Monday 1 November.
        ZoneId newYork = ZoneId.of("America/New_York");
        CourseCalendar calendar = course(everyThreeWeeks(), d("2027-11-01"), 6, null).calendar();
        assertPosition(calendar, today("2027-11-07T05:30:00Z", newYork), 1, 7);   // 01:30 EDT
        assertPosition(calendar, today("2027-11-07T06:30:00Z", newYork), 1, 7);   // 01:30 EST, the hour again
        assertPosition(calendar, today("2027-11-08T04:59:00Z", newYork), 1, 7);   // 23:59 EST
        assertPosition(calendar, today("2027-11-08T05:00:00Z", newYork), 1, 8);   // midnight EST
        assertPosition(calendar, today("2027-11-22T05:00:00Z", newYork), 2, 1);
        // Spring forward on 2027-03-14 in a course started on 1 March.
        CourseCalendar spring = course(everyThreeWeeks(), d("2027-03-01"), 6, null).calendar();
        assertPosition(spring, today("2027-03-14T06:30:00Z", newYork), 1, 14);    // 01:30 EST
        assertPosition(spring, today("2027-03-14T07:30:00Z", newYork), 1, 14);    // 03:30 EDT
        assertPosition(spring, today("2027-03-15T03:59:00Z", newYork), 1, 14);    // 23:59 EDT
        assertPosition(spring, today("2027-03-15T04:00:00Z", newYork), 1, 15);
    }

    @Test
    void theSameInstantIsADifferentCycleDayInAucklandAndLosAngeles() {
        CourseCalendar calendar = course(everyThreeWeeks(), d("2027-06-01"), 6, null).calendar();
        String instant = "2027-06-15T20:00:00Z";
        LocalDate auckland = today(instant, ZoneId.of("Pacific/Auckland"));           // 08:00 NZST on the 16th
        LocalDate losAngeles = today(instant, ZoneId.of("America/Los_Angeles"));      // 13:00 PDT on the 15th
        assertEquals(d("2027-06-16"), auckland);
        assertEquals(d("2027-06-15"), losAngeles);
        assertPosition(calendar, auckland, 1, 16);
        assertPosition(calendar, losAngeles, 1, 15);
        String cycleTwo = "2027-06-21T13:00:00Z";
        assertPosition(calendar, today(cycleTwo, ZoneId.of("Pacific/Auckland")), 2, 1);     // 01:00 on 22 June
        assertPosition(calendar, today(cycleTwo, ZoneId.of("America/Los_Angeles")), 1, 21); // 06:00 on 21 June
    }

    private static LocalDate today(String instant, ZoneId zone) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), zone));
    }

    @Test
    void tenYearsOfThreeWeekCyclesAddUp() {
        LocalDate start = d("2027-01-04");
        CourseCalendar calendar = course(everyThreeWeeks(), start, 175, null).calendar();
        assertEquals(175, calendar.cycles().size());
        assertEquals(175, calendar.treatmentDays().size());
        CycleDates last = calendar.cycles().get(174);
        assertEquals(start.plusDays(175 * 21 - 1), last.end());
        assertEquals(d("2037-01-25"), last.end());
        assertEquals(d("2037-01-05"), last.start());
        assertEquals(Optional.of(d("2037-01-25")), calendar.lastDay());
        assertPosition(calendar, d("2037-01-25"), 175, 21);
        // 2027-01-04 to 2032-01-04 is 5 × 365 + 1 (29 Feb 2028) = 1826 days = 86 × 21 + 20: cycle 87, day 21.
        assertPosition(calendar, d("2032-01-04"), 87, 21);
        assertPosition(calendar, d("2031-12-15"), 87, 1);
        for (int i = 0; i < 175; i++) {
            assertEquals(start.plusDays(21L * i), calendar.cycles().get(i).start());
        }
    }

    // ---- construction rules ----

    @Test
    void aCourseNeedsOnePlannedCountPerPhase() {
        assertThrows(IllegalArgumentException.class,
                () -> new Course(0, gemDoc(), START, List.of(6, 6), BSA, "", null));
    }
}
