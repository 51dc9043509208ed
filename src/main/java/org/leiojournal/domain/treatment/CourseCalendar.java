package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/**
 * The dates of a course: the original plan, the plan as it stands after delays, and what falls on any day.
 * All arithmetic is on calendar dates, so clock changes and time zones cannot shift a cycle day.
 *
 * <p>A delay sets the new date of one treatment day and moves every later day of the course by the same number
 * of days. A supportive medicine keeps its distance to each day its drug is given (dexamethasone the day before,
 * of and after docetaxel; G-CSF the 7 days after it), so it follows both a delay and a changed drug day. So do
 * checks (each dose of their drug, or its first of the cycle) and low-count windows (counted from their drug's
 * first day in the cycle). Lines of old plans no drug could be found for keep their distance to the treatment day
 * they belong to: the next treatment day of the cycle at or after them, or else the last one before them.
 */
public final class CourseCalendar {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { DELAY_DATE }

    /**
     * How many cycles a course given until the team stops it has on its calendar. Its last day stays open, so
     * nothing that depends on the course being on (drug-specific signs) ends with them.
     */
    public static final int DRAFTED_AHEAD = CourseValidator.MAX_CYCLES;

    private final Course course;
    private final List<CycleDates> cycles = new ArrayList<>();
    private final List<TreatmentDay> treatmentDays = new ArrayList<>();

    CourseCalendar(Course course) {
        this.course = course;
        if (!course.plan().continuous()) {
            lay();
        }
    }

    private void lay() {
        LocalDate plannedStart = course.start();
        long shift = 0;
        int number = 0;
        List<Phase> phases = course.plan().phases();
        List<CycleDates> unclipped = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            Phase phase = phases.get(p);
            int plannedCount = course.plannedCycles().get(p);
            int count = plannedCount == Course.UNTIL_STOPPED ? Math.max(0, DRAFTED_AHEAD - number) : plannedCount;
            for (int k = 0; k < count; k++) {
                number++;
                Long shiftAtStart = null;
                for (int day : phase.treatmentDays()) {
                    LocalDate planned = plannedStart.plusDays(day - 1L);
                    Optional<Delay> delay = course.history().delayOf(number, day);
                    if (delay.isPresent()) {
                        shift = ChronoUnit.DAYS.between(planned, delay.get().newDate());
                    }
                    if (shiftAtStart == null) {
                        shiftAtStart = shift;
                    }
                    int cycleDay = day;
                    treatmentDays.add(new TreatmentDay(number, day, planned, planned.plusDays(shift),
                            phase.drugs().stream().filter(d -> d.givenOn(cycleDay)).toList(), delay));
                }
                LocalDate lastPlanned = plannedStart.plusDays(phase.cycleLengthDays() - 1L);
                unclipped.add(new CycleDates(number, phase, plannedStart,
                        plannedStart.plusDays(shiftAtStart == null ? shift : shiftAtStart), lastPlanned.plusDays(shift)));
                plannedStart = plannedStart.plusDays(phase.cycleLengthDays());
            }
        }
        // A cycle lasts until the day before the next one starts, however late that start was moved.
        for (int i = 0; i < unclipped.size(); i++) {
            CycleDates c = unclipped.get(i);
            LocalDate end = i + 1 < unclipped.size() ? unclipped.get(i + 1).start().minusDays(1) : c.end();
            cycles.add(new CycleDates(c.number(), c.phase(), c.plannedStart(), c.start(), end));
        }
        course.history().stop().ifPresent(stop -> {
            treatmentDays.removeIf(d -> d.date().isAfter(stop.date()));
            cycles.removeIf(c -> c.start().isAfter(stop.date()));
        });
    }

    public Course course() { return course; }

    /** Cycles still in the plan (those starting after an early stop are gone). Empty for continuous treatment. */
    public List<CycleDates> cycles() {
        return List.copyOf(cycles);
    }

    public List<TreatmentDay> treatmentDays() {
        return List.copyOf(treatmentDays);
    }

    public Optional<TreatmentDay> treatmentDay(int cycle, int day) {
        return treatmentDays.stream().filter(d -> d.cycle() == cycle && d.day() == day).findFirst();
    }

    /**
     * The first day of the course, and its last one: the stop date, the last cycle's end, or empty while it is given
     * until the team stops it.
     * The first day is the planned start, or cycle 1's day 1 when that was brought forward.
     */
    public LocalDate firstDay() {
        if (!cycles.isEmpty() && cycles.get(0).start().isBefore(course.start())) {
            return cycles.get(0).start();
        }
        return course.start();
    }

    public Optional<LocalDate> lastDay() {
        Optional<LocalDate> stop = course.history().stop().map(CourseStop::date);
        if (course.plan().continuous() || course.untilStopped() || cycles.isEmpty()) {
            return stop;
        }
        LocalDate end = cycles.get(cycles.size() - 1).end();
        return Optional.of(stop.filter(s -> s.isBefore(end)).orElse(end));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay()) && lastDay().map(last -> !date.isAfter(last)).orElse(true);
    }

    /** "Cycle 3, day 9" for a date, or empty when the date is outside the course. */
    public Optional<CyclePosition> positionOn(LocalDate date) {
        if (!covers(date)) {
            return Optional.empty();
        }
        String regimen = course.plan().name();
        if (course.plan().continuous()) {
            return Optional.of(new CyclePosition(regimen, course.plan().phases().get(0).name(), false, 0,
                    (int) ChronoUnit.DAYS.between(course.start(), date) + 1));
        }
        Phase first = course.plan().phases().get(0);
        return cycles.stream().filter(c -> c.contains(date)).findFirst()
                .map(c -> new CyclePosition(regimen, c.phase().name(), c.phase() != first, c.number(),
                        (int) ChronoUnit.DAYS.between(c.start(), date) + 1));
    }

    /**
     * The cycles worth listing on a day: all of them, or for a course given until the team stops it, those begun
     * by then and the next two rather than years of drafted cycles.
     */
    public List<CycleDates> cyclesToShow(LocalDate today) {
        if (!course.untilStopped()) {
            return cycles();
        }
        long started = cycles.stream().filter(c -> !c.start().isAfter(today)).count();
        return cycles.stream().limit(Math.max(started, 1) + 2).toList();
    }

    /** The next cycle to start after the given date, if the plan has one. */
    public Optional<CycleDates> nextCycleAfter(LocalDate date) {
        return cycles.stream().filter(c -> c.start().isAfter(date)).findFirst();
    }

    /** Everything on the calendar, in date order. */
    public List<CalendarEntry> entries() {
        List<CalendarEntry> entries = course.plan().continuous() ? continuousEntries() : cycleEntries();
        course.history().stop().ifPresent(stop -> entries.removeIf(e -> e.date().isAfter(stop.date())));
        entries.sort(Comparator.comparing(CalendarEntry::date).thenComparing(CalendarEntry::kind));
        return entries;
    }

    public List<CalendarEntry> entriesOn(LocalDate date) {
        return entries().stream().filter(e -> e.date().equals(date)).toList();
    }

    private List<CalendarEntry> cycleEntries() {
        List<CalendarEntry> entries = new ArrayList<>();
        for (CycleDates cycle : cycles) {
            Phase phase = cycle.phase();
            for (TreatmentDay day : treatmentDays) {
                if (day.cycle() == cycle.number()) {
                    for (DrugPlan drug : day.drugs()) {
                        entries.add(entry(cycle, day.date(), EntryKind.DRUG, drug.drug(), drug.dose().display()));
                    }
                }
            }
            for (SupportPlan support : phase.support()) {
                for (LocalDate date : supportDates(cycle, support)) {
                    entries.add(entry(cycle, date, EntryKind.of(support.kind()), support.name(), support.detail()));
                }
            }
            for (MonitoringPlan check : phase.monitoring()) {
                if (check.appliesToCycle(cycle.number())) {
                    for (LocalDate date : checkDates(cycle, check)) {
                        entries.add(entry(cycle, date, EntryKind.MONITORING, check.what(), ""));
                    }
                }
            }
            for (LowCountWindow window : phase.lowCounts()) {
                lowCountDates(cycle, window).forEach(date ->
                        entries.add(entry(cycle, date, EntryKind.LOW_COUNTS, window.drug(), "")));
            }
        }
        return entries;
    }

    private CalendarEntry entry(CycleDates cycle, LocalDate date, EntryKind kind, String label, String detail) {
        return new CalendarEntry(date, kind, label, detail, cycle.number(),
                (int) ChronoUnit.DAYS.between(cycle.start(), date) + 1);
    }

    /** A supportive medicine's dates in a cycle: around each date its drug is given on now, after delays. */
    private List<LocalDate> supportDates(CycleDates cycle, SupportPlan support) {
        if (!support.tiedToDrug()) {
            return support.days().stream().map(d -> dateOf(cycle, d)).toList();
        }
        List<LocalDate> given = givenOn(cycle, support.drug());
        List<LocalDate> from = support.fromLastDose() && !given.isEmpty() ? given.subList(given.size() - 1,
                given.size()) : given;
        return around(from, support.offsets());
    }

    /** A check's dates in a cycle: around each date its drug is given on now (or its first), after delays. */
    private List<LocalDate> checkDates(CycleDates cycle, MonitoringPlan check) {
        if (!check.tiedToDrug()) {
            return check.days().stream().map(d -> dateOf(cycle, d)).toList();
        }
        List<LocalDate> given = givenOn(cycle, check.drug());
        return around(check.fromFirstDose() && !given.isEmpty() ? given.subList(0, 1) : given, check.offsets());
    }

    /** Every date of a low-count window in a cycle, counted from the date its drug is first given now. */
    private List<LocalDate> lowCountDates(CycleDates cycle, LowCountWindow window) {
        Optional<LocalDate> from;
        int length;
        if (window.tiedToDrug()) {
            from = givenOn(cycle, window.drug()).stream().findFirst().map(d -> d.plusDays(window.fromDaysAfter()));
            length = window.toDaysAfter() - window.fromDaysAfter();
        } else {
            from = Optional.of(dateOf(cycle, window.fromDay()));
            length = window.toDay() - window.fromDay();
        }
        return from.map(first -> first.datesUntil(first.plusDays(length + 1L)).toList()).orElse(List.of());
    }

    /** The dates a drug is given on in a cycle, after delays. */
    private List<LocalDate> givenOn(CycleDates cycle, String drug) {
        return treatmentDays.stream().filter(t -> t.cycle() == cycle.number())
                .filter(t -> t.drugs().stream().anyMatch(d -> d.drug().equalsIgnoreCase(drug)))
                .map(TreatmentDay::date).toList();
    }

    private static List<LocalDate> around(List<LocalDate> dates, List<Integer> offsets) {
        return dates.stream().flatMap(date -> offsets.stream().map(date::plusDays)).distinct().toList();
    }

    /** The date of a planned cycle day, moved as far as the treatment day it belongs to was moved. */
    private LocalDate dateOf(CycleDates cycle, int day) {
        List<TreatmentDay> days = treatmentDays.stream().filter(t -> t.cycle() == cycle.number()).toList();
        long shift = days.stream().filter(t -> t.day() >= day).findFirst()
                .or(() -> days.stream().filter(t -> t.day() < day).reduce((a, b) -> b))
                .map(TreatmentDay::shiftDays)
                .orElse(ChronoUnit.DAYS.between(cycle.plannedStart(), cycle.start()));
        return cycle.plannedStart().plusDays(day - 1L + shift);
    }

    private List<CalendarEntry> continuousEntries() {
        List<CalendarEntry> entries = new ArrayList<>();
        LocalDate start = course.start();
        for (MonitoringPlan check : course.plan().phases().get(0).monitoring()) {
            for (int week : check.weeks()) {
                entries.add(week == 0 ? continuousEntry(start, check, "before starting")
                        : continuousEntry(start.plusWeeks(week - 1L), check, "week " + week));
            }
            for (int month : check.months()) {
                // Review finding M10: the label's "months 3 and 4" follow week 9, so month 3 is three months in
                // (about day 91), not the first day of the third month (day 60, before week 9).
                entries.add(continuousEntry(start.plusMonths(month), check, "month " + month));
            }
        }
        return entries;
    }

    private CalendarEntry continuousEntry(LocalDate date, MonitoringPlan check, String when) {
        return new CalendarEntry(date, EntryKind.MONITORING, check.what(), when, 0,
                (int) ChronoUnit.DAYS.between(course.start(), date) + 1);
    }

    /**
     * Whether a treatment day may move to a date: not onto or before the treatment day before it, not onto the
     * date it already has, and not after the course was stopped.
     */
    public Optional<Problem> checkDelay(int cycle, int day, LocalDate newDate) {
        int index = -1;
        for (int i = 0; i < treatmentDays.size(); i++) {
            if (treatmentDays.get(i).cycle() == cycle && treatmentDays.get(i).day() == day) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.of(Problem.of(Field.DELAY_DATE, "treatment.delay.noSuchDay"));
        }
        if (newDate.equals(treatmentDays.get(index).date())) {
            return Optional.of(Problem.of(Field.DELAY_DATE, "treatment.delay.sameDate"));
        }
        if (index > 0 && !newDate.isAfter(treatmentDays.get(index - 1).date())) {
            return Optional.of(Problem.of(Field.DELAY_DATE, "treatment.delay.beforePrevious",
                    treatmentDays.get(index - 1).date()));
        }
        Optional<CourseStop> stop = course.history().stop();
        if (stop.isPresent() && newDate.isAfter(stop.get().date())) {
            return Optional.of(Problem.of(Field.DELAY_DATE, "treatment.delay.afterStop", stop.get().date()));
        }
        return Optional.empty();
    }
}
