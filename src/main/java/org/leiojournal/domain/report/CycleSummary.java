package org.leiojournal.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.CycleBands;
import org.leiojournal.domain.trend.DateSpan;

/**
 * One cycle (or a continuous treatment) that overlaps the report's range, from the same bands the charts draw,
 * with its treatment days moved by a delay and its doses given reduced or skipped.
 */
public record CycleSummary(CycleBand band, List<Moved> delays, List<Changed> doses) {

    /**
     * A treatment day moved by a delay: from the date it had before this delay (earlier delays included) to the
     * new one; {@code days} is this delay's own length.
     */
    public record Moved(int cycle, int day, LocalDate from, LocalDate to, String reason) {
        public long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    /** A dose given reduced (with the amount given) or skipped, beside the plan's amount. */
    public record Changed(int cycle, int day, LocalDate date, String drug, DoseOutcome outcome,
                          Optional<BigDecimal> given, BigDecimal planned, DoseUnit unit, String note) {
    }

    public CycleSummary {
        delays = List.copyOf(delays);
        doses = List.copyOf(doses);
    }

    /** The cycles of the courses overlapping {@code span}, ordered as {@link CycleBands#bands()} orders them. */
    public static List<CycleSummary> of(Collection<Course> courses, DateSpan span) {
        return of(courses, CycleBands.of(courses, span));
    }

    /** The same from the courses' bands already worked out for the span ({@link CycleBands#of}). */
    public static List<CycleSummary> of(Collection<Course> courses, CycleBands bands) {
        Map<Long, Course> byId = courses.stream().collect(Collectors.toMap(Course::id, Function.identity(),
                (a, b) -> a));
        List<CycleSummary> cycles = new ArrayList<>();
        for (CycleBand band : bands.bands()) {
            Course course = byId.get(band.courseId());
            if (band.continuous() || course == null) {
                cycles.add(new CycleSummary(band, List.of(), List.of()));
                continue;
            }
            CourseCalendar calendar = course.calendar();
            cycles.add(new CycleSummary(band, delays(calendar, band.cycle()), doses(course, calendar, band.cycle())));
        }
        return cycles;
    }

    private static List<Moved> delays(CourseCalendar calendar, int cycle) {
        List<Moved> moved = new ArrayList<>();
        long previousShift = 0;
        for (TreatmentDay day : calendar.treatmentDays()) {
            long shift = ChronoUnit.DAYS.between(day.plannedDate(), day.date());
            if (day.cycle() == cycle && day.delay().isPresent()) {
                moved.add(new Moved(day.cycle(), day.day(), day.plannedDate().plusDays(previousShift), day.date(),
                        day.delay().get().reason()));
            }
            previousShift = shift;
        }
        return moved;
    }

    private static List<Changed> doses(Course course, CourseCalendar calendar, int cycle) {
        List<Changed> changed = new ArrayList<>();
        for (DoseRecord dose : course.history().doses()) {
            if (dose.cycle() != cycle || dose.outcome() == DoseOutcome.GIVEN) {
                continue;
            }
            Optional<TreatmentDay> day = calendar.treatmentDay(dose.cycle(), dose.day());
            Optional<DrugPlan> plan = day.flatMap(d -> d.drugs().stream()
                    .filter(p -> p.drug().equals(dose.drug())).findFirst());
            if (day.isPresent() && plan.isPresent()) {
                changed.add(new Changed(dose.cycle(), dose.day(), day.get().date(), dose.drug(), dose.outcome(),
                        dose.amount(), plan.get().dose().amount(), plan.get().dose().unit(), dose.note()));
            }
        }
        changed.sort(java.util.Comparator.comparing(Changed::date).thenComparing(Changed::drug));
        return changed;
    }
}
