package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CycleDates;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * Every bundled template laid out as a course starting on Monday 4 January 2027. Dates written out below were
 * counted by hand (day N of a cycle starting on S is S + N − 1); the generic checks redo that count from each
 * template's own cycle length and days.
 */
class TemplateCalendarTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    static Stream<Regimen> cycled() {
        return RegimenCatalog.bundled().all().stream().filter(r -> !r.continuous());
    }

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow();
    }

    private static List<Integer> usualOrSix(Regimen regimen) {
        return regimen.phases().stream().map(p -> p.usualCycles().orElse(6)).toList();
    }

    private static CourseCalendar calendar(Regimen regimen, LocalDate start) {
        return new Course(0, regimen, start, usualOrSix(regimen), BodySurfaceArea.entered(new BigDecimal("1.80")),
                "", null).calendar();
    }

    private static CourseCalendar calendar(String id) {
        return calendar(template(id), START);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertPosition(CourseCalendar calendar, String date, int cycle, int day) {
        CyclePosition position = calendar.positionOn(d(date)).orElseThrow(() -> new AssertionError("no position " + date));
        assertEquals(cycle, position.cycle(), "cycle on " + date);
        assertEquals(day, position.day(), "day on " + date);
    }

    private static List<LocalDate> datesOf(CourseCalendar calendar, EntryKind kind, String labelStart) {
        return calendar.entries().stream().filter(e -> e.kind() == kind && e.label().startsWith(labelStart))
                .map(CalendarEntry::date).toList();
    }

    private static List<LocalDate> run(String from, String to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            dates.add(x);
        }
        return dates;
    }

    // ---- generic: every cycled template ----

    @ParameterizedTest(name = "{0}: cycles, treatment days and positions follow the template")
    @MethodSource("cycled")
    void everyCycleAndTreatmentDayFallsWhereTheTemplateSays(Regimen regimen) {
        CourseCalendar calendar = calendar(regimen, START);
        List<Integer> planned = usualOrSix(regimen);
        int total = planned.stream().mapToInt(Integer::intValue).sum();
        assertEquals(total, calendar.cycles().size());

        LocalDate cycleStart = START;
        int number = 0;
        for (int p = 0; p < regimen.phases().size(); p++) {
            Phase phase = regimen.phases().get(p);
            int length = phase.cycleLengthDays();
            for (int k = 0; k < planned.get(p); k++) {
                number++;
                CycleDates cycle = calendar.cycles().get(number - 1);
                assertEquals(number, cycle.number());
                assertEquals(cycleStart, cycle.start(), regimen.id() + " cycle " + number + " start");
                assertEquals(cycleStart, cycle.plannedStart());
                assertEquals(cycleStart.plusDays(length - 1L), cycle.end(), regimen.id() + " cycle " + number + " end");
                assertEquals(phase.name(), cycle.phase().name());
                for (int day : phase.treatmentDays()) {
                    LocalDate expected = cycleStart.plusDays(day - 1L);
                    TreatmentDay t = calendar.treatmentDay(number, day).orElseThrow();
                    assertEquals(expected, t.date(), regimen.id() + " cycle " + number + " day " + day);
                    assertEquals(expected, t.plannedDate());
                    assertFalse(t.moved());
                    CyclePosition position = calendar.positionOn(expected).orElseThrow();
                    assertEquals(number, position.cycle());
                    assertEquals(day, position.day());
                    assertEquals(regimen.name(), position.regimen());
                    for (DrugPlan drug : phase.drugs()) {
                        assertEquals(drug.days().contains(day), t.drugs().contains(drug), drug.drug() + " on " + day);
                    }
                }
                CyclePosition last = calendar.positionOn(cycle.end()).orElseThrow();
                assertEquals(number, last.cycle());
                assertEquals(length, last.day());
                if (number < total) {
                    assertEquals(cycleStart.plusDays(length), calendar.nextCycleAfter(cycleStart).orElseThrow().start());
                } else {
                    assertEquals(Optional.empty(), calendar.nextCycleAfter(cycleStart));
                }
                cycleStart = cycleStart.plusDays(length);
            }
        }
        assertEquals(Optional.of(cycleStart.minusDays(1)), calendar.lastDay());
        assertEquals(Optional.empty(), calendar.positionOn(cycleStart), "the day after the last cycle");
        assertEquals(Optional.empty(), calendar.positionOn(START.minusDays(1)), "the day before the first");
    }

    @ParameterizedTest(name = "{0}: every dose has its drug entry on the calendar")
    @MethodSource("cycled")
    void everyDoseAppearsOnTheCalendar(Regimen regimen) {
        CourseCalendar calendar = calendar(regimen, START);
        long expected = 0;
        List<Integer> planned = usualOrSix(regimen);
        for (int p = 0; p < regimen.phases().size(); p++) {
            for (DrugPlan drug : regimen.phases().get(p).drugs()) {
                expected += (long) drug.days().size() * planned.get(p);
            }
        }
        assertEquals(expected, calendar.entries().stream().filter(e -> e.kind() == EntryKind.DRUG).count());
    }

    // ---- template by template, with dates counted by hand ----

    @Test
    void doxorubicinAlone() {
        CourseCalendar c = calendar("doxorubicin");
        assertEquals(d("2027-01-25"), c.cycles().get(1).start());
        assertEquals(d("2027-04-19"), c.cycles().get(5).start());
        assertEquals(Optional.of(d("2027-05-09")), c.lastDay());
        assertPosition(c, "2027-01-16", 1, 13);
        assertPosition(c, "2027-05-09", 6, 21);
        assertEquals(d("2027-01-25"), c.nextCycleAfter(d("2027-01-16")).orElseThrow().start());
        assertEquals(run("2027-01-13", "2027-01-17"), datesOf(c, EntryKind.LOW_COUNTS, "Doxorubicin").subList(0, 5));
        // Review finding M11: besides the scan before cycle 1, one to ask about before cycle 4, when the total
        // reaches 300 mg/m² (the label asks for checks during treatment too).
        assertEquals(List.of(d("2027-01-04"), d("2027-03-08")), datesOf(c, EntryKind.MONITORING, "Heart"),
                "LVEF before cycles 1 and 4");
        long doses = c.treatmentDays().stream().filter(t -> t.drugs().stream().anyMatch(DrugPlan::anthracycline)).count();
        assertEquals(450, doses * 75, "6 × 75 mg/m²");
    }

    @Test
    void doxorubicinIfosfamide() {
        CourseCalendar c = calendar("doxorubicin-ifosfamide");
        assertEquals(run("2027-01-04", "2027-01-06"), datesOf(c, EntryKind.DRUG, "Doxorubicin").subList(0, 3));
        assertEquals(run("2027-01-04", "2027-01-07"), datesOf(c, EntryKind.DRUG, "Ifosfamide").subList(0, 4));
        assertEquals(run("2027-01-04", "2027-01-07"), datesOf(c, EntryKind.PROTECTIVE, "Mesna").subList(0, 4));
        assertEquals(List.of(), datesOf(c, EntryKind.GROWTH_FACTOR, ""), "no pegfilgrastim day is invented");
        assertEquals(run("2027-01-11", "2027-01-17"), datesOf(c, EntryKind.LOW_COUNTS, "Ifosfamide").subList(0, 7));
        assertPosition(c, "2027-02-01", 2, 8);
        assertEquals(Optional.of(d("2027-05-09")), c.lastDay());
    }

    @Test
    void doxorubicinDacarbazineLowCountsRunIntoTheNextCycle() {
        CourseCalendar c = calendar("doxorubicin-dacarbazine");
        assertEquals(6, c.cycles().size(), "usual cycles not given: the course plans 6");
        assertEquals(run("2027-01-25", "2027-01-29"), datesOf(c, EntryKind.DRUG, "Dacarbazine").subList(5, 10));
        assertEquals(run("2027-01-18", "2027-01-31"), datesOf(c, EntryKind.LOW_COUNTS, "Dacarbazine").subList(0, 14));
        CalendarEntry overlap = c.entriesOn(d("2027-01-25")).stream()
                .filter(e -> e.kind() == EntryKind.LOW_COUNTS).findFirst().orElseThrow();
        assertEquals(1, overlap.cycle(), "cycle 1's window");
        assertEquals(22, overlap.cycleDay());
        assertPosition(c, "2027-01-25", 2, 1);
    }

    @Test
    void lms04SwitchesToMaintenanceAtCycleSeven() {
        CourseCalendar c = calendar("doxorubicin-trabectedin-lms04");
        // Review finding M5: maintenance runs up to 17 cycles (about a year) after the 6 combined ones, 23 in all.
        assertEquals(23, c.cycles().size());
        CyclePosition lastCombined = c.positionOn(d("2027-05-09")).orElseThrow();
        assertEquals(6, lastCombined.cycle());
        assertEquals(21, lastCombined.day());
        assertEquals("Doxorubicin + trabectedin", lastCombined.phase());
        assertFalse(lastCombined.laterPhase());
        CyclePosition firstMaintenance = c.positionOn(d("2027-05-10")).orElseThrow();
        assertEquals(7, firstMaintenance.cycle());
        assertEquals(1, firstMaintenance.day());
        assertEquals("Trabectedin maintenance", firstMaintenance.phase());
        assertTrue(firstMaintenance.laterPhase());
        assertEquals(d("2027-05-10"), c.nextCycleAfter(d("2027-05-01")).orElseThrow().start());
        assertEquals(List.of("Trabectedin"),
                c.treatmentDay(7, 1).orElseThrow().drugs().stream().map(DrugPlan::drug).toList());
        assertEquals(List.of("Doxorubicin", "Trabectedin"),
                c.treatmentDay(6, 1).orElseThrow().drugs().stream().map(DrugPlan::drug).toList());
        assertEquals(Optional.of(d("2028-04-30")), c.lastDay(), "23 × 21 days − 1");
        assertEquals(6, datesOf(c, EntryKind.DRUG, "Doxorubicin").size(), "6 × 60 = 360 mg/m² of doxorubicin");
        assertEquals(23, datesOf(c, EntryKind.DRUG, "Trabectedin").size());
        assertEquals(run("2027-01-06", "2027-01-12"), datesOf(c, EntryKind.GROWTH_FACTOR, "G-CSF").subList(0, 7));
        assertEquals(6 * 7, datesOf(c, EntryKind.GROWTH_FACTOR, "G-CSF").size(), "G-CSF only in the combined phase");
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-18"), d("2027-01-25"), d("2027-02-01"),
                d("2027-02-08")), datesOf(c, EntryKind.MONITORING, "Blood count"), "weekly in cycles 1 and 2 only");
        assertEquals(23, datesOf(c, EntryKind.MONITORING, "Liver").size(), "before every trabectedin dose");
        assertEquals(23, datesOf(c, EntryKind.PREMEDICATION, "Dexamethasone").size());
        // Review finding M11: a heart scan to ask about every 3 cycles (about every 2 months) from cycle 1 to 22.
        assertEquals(List.of(d("2027-01-04"), d("2027-03-08"), d("2027-05-10"), d("2027-07-12"), d("2027-09-13"),
                d("2027-11-15"), d("2028-01-17"), d("2028-03-20")), datesOf(c, EntryKind.MONITORING, "Heart"));
    }

    @Test
    void gemcitabineDocetaxelTemplatesShareTheirDays() {
        for (String id : List.of("gemcitabine-docetaxel-hensley", "gemcitabine-docetaxel-geddis",
                "gemcitabine-docetaxel-after-pelvic-rt")) {
            CourseCalendar c = calendar(id);
            assertEquals(List.of(d("2027-01-11")), datesOf(c, EntryKind.DRUG, "Docetaxel").subList(0, 1), id);
            assertEquals(List.of(d("2027-01-04"), d("2027-01-11")), datesOf(c, EntryKind.DRUG, "Gemcitabine").subList(0, 2), id);
            assertEquals(run("2027-01-10", "2027-01-12"), datesOf(c, EntryKind.PREMEDICATION, "Dexamethasone").subList(0, 3), id);
            assertEquals(run("2027-01-17", "2027-01-19"), datesOf(c, EntryKind.LOW_COUNTS, "Docetaxel").subList(0, 3), id);
            assertPosition(c, "2027-01-24", 1, 21);
            assertPosition(c, "2027-01-25", 2, 1);
        }
        assertEquals(run("2027-01-12", "2027-01-18"),
                datesOf(calendar("gemcitabine-docetaxel-hensley"), EntryKind.GROWTH_FACTOR, "G-CSF").subList(0, 7));
        assertEquals(run("2027-01-12", "2027-01-18"),
                datesOf(calendar("gemcitabine-docetaxel-after-pelvic-rt"), EntryKind.GROWTH_FACTOR, "G-CSF").subList(0, 7));
        assertEquals(List.of(), datesOf(calendar("gemcitabine-docetaxel-geddis"), EntryKind.GROWTH_FACTOR, ""));
    }

    @Test
    void gemcitabineAloneRunsInFourWeekCycles() {
        CourseCalendar c = calendar("gemcitabine");
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-18"), d("2027-02-01")),
                datesOf(c, EntryKind.DRUG, "Gemcitabine").subList(0, 4));
        assertPosition(c, "2027-01-31", 1, 28);
        assertPosition(c, "2027-02-01", 2, 1);
        assertEquals(d("2027-02-01"), c.nextCycleAfter(d("2027-01-18")).orElseThrow().start());
        assertEquals(List.of(), datesOf(c, EntryKind.LOW_COUNTS, ""), "no nadir window was retrieved");
    }

    @Test
    void trabectedinAlone() {
        CourseCalendar c = calendar("trabectedin");
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-18"), d("2027-01-25"), d("2027-02-01"),
                d("2027-02-08")), datesOf(c, EntryKind.MONITORING, "Blood count"));
        assertTrue(c.entriesOn(d("2027-02-22")).stream().noneMatch(e -> e.kind() == EntryKind.MONITORING),
                "no weekly count in cycle 3 (day 8 is 22 February)");
        assertTrue(c.entriesOn(d("2027-02-15")).stream().anyMatch(e -> e.label().startsWith("Liver")),
                "liver tests before cycle 3");
        // Review finding M6: the low-count window is days 8 to 21 (label: median first severe drop day 16, range from
        // day 8, lasting a median 13 days), not day 16 alone, which implied the other days were safer.
        List<LocalDate> low = datesOf(c, EntryKind.LOW_COUNTS, "Trabectedin");
        assertEquals(run("2027-01-11", "2027-01-24"), low.subList(0, 14), "days 8 to 21 of cycle 1");
        assertTrue(low.size() > 1, "more than one day");
        assertFalse(low.contains(d("2027-01-10")), "day 7 is not shaded");
        assertEquals(d("2027-02-01"), low.get(14), "cycle 2 starts again at its day 8");
        assertEquals(List.of(d("2027-01-04"), d("2027-03-08")),
                datesOf(c, EntryKind.MONITORING, "Heart").subList(0, 2), "M11: LVEF before cycles 1 and 4");
        assertEquals(List.of(d("2027-01-04")), c.entriesOn(d("2027-01-04")).stream()
                .filter(e -> e.kind() == EntryKind.PREMEDICATION).map(CalendarEntry::date).toList());
    }

    @Test
    void dacarbazineAlone() {
        CourseCalendar c = calendar("dacarbazine");
        assertEquals(run("2027-01-18", "2027-01-31"), datesOf(c, EntryKind.LOW_COUNTS, "Dacarbazine").subList(0, 14));
        assertPosition(c, "2027-01-31", 2, 7);
    }

    @Test
    void eribulinAndIfosfamide() {
        CourseCalendar eribulin = calendar("eribulin");
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-25")),
                datesOf(eribulin, EntryKind.DRUG, "Eribulin").subList(0, 3));
        CourseCalendar ifos = calendar("ifosfamide-mesna");
        // Review finding M8: a sarcoma schedule, 3 g/m² on days 1 to 3, not the testicular-cancer label's 5 days.
        assertEquals(List.of(d("2027-01-04"), d("2027-01-05"), d("2027-01-06"), d("2027-01-25")),
                datesOf(ifos, EntryKind.DRUG, "Ifosfamide").subList(0, 4));
        // M7: blood count and nerve check before each eribulin dose, days 1 and 8.
        assertEquals(List.of(d("2027-01-04"), d("2027-01-11"), d("2027-01-25"), d("2027-02-01")),
                datesOf(eribulin, EntryKind.MONITORING, "Blood count").subList(0, 4));
        assertEquals(run("2027-01-11", "2027-01-17"), datesOf(ifos, EntryKind.LOW_COUNTS, "Ifosfamide").subList(0, 7));
        assertPosition(ifos, "2027-01-06", 1, 3);
    }

    @Test
    void pazopanibHasNoCyclesAndChecksByWeekAndMonth() {
        CourseCalendar c = calendar("pazopanib");
        assertEquals(List.of(), c.cycles());
        assertEquals(List.of(), c.treatmentDays());
        assertEquals(Optional.empty(), c.lastDay(), "open-ended");
        assertEquals(Optional.empty(), c.nextCycleAfter(START));
        CyclePosition first = c.positionOn(START).orElseThrow();
        assertTrue(first.continuous());
        assertEquals(0, first.cycle());
        assertEquals(1, first.day());
        CyclePosition later = c.positionOn(d("2027-04-14")).orElseThrow();
        assertEquals(0, later.cycle());
        assertEquals(101, later.day(), "4 April + 100 days is day 101");
        assertEquals(Optional.empty(), c.positionOn(START.minusDays(1)));
        // Review finding M10: a baseline test on day 1, and the label's months 3 and 4 three and four months in
        // (after week 9), where the old calendar put "month 3" on day 60, before week 9's test on day 57 + 3.
        assertEquals(List.of(START, START.plusDays(14), START.plusDays(28), START.plusDays(42), START.plusDays(56),
                START.plusMonths(3), START.plusMonths(4)), datesOf(c, EntryKind.MONITORING, "Liver"));
        assertEquals(List.of(d("2027-01-04"), d("2027-01-18"), d("2027-02-01"), d("2027-02-15"), d("2027-03-01"),
                d("2027-04-04"), d("2027-05-04")), datesOf(c, EntryKind.MONITORING, "Liver"));
        assertEquals(List.of(1, 15, 29, 43, 57, 91, 121),
                c.entries().stream().map(CalendarEntry::cycleDay).toList());
        assertEquals(List.of("before starting", "week 3", "week 5", "week 7", "week 9", "month 3", "month 4"),
                c.entries().stream().map(CalendarEntry::detail).toList());
        assertTrue(c.entries().stream().allMatch(e -> e.cycle() == 0));
    }
}
