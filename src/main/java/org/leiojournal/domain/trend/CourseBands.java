package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CycleDates;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.TreatmentDay;

/** The bands of one course, read from its calendar so the chart and the treatment screen agree on every date. */
final class CourseBands {

    private CourseBands() {
    }

    /** Returns the course's bands overlapping the range, in cycle order (see {@link CycleBands#of}). */
    static List<CycleBand> of(CourseCalendar calendar, DateSpan range) {
        return calendar.course().plan().continuous() ? continuous(calendar, range) : cycles(calendar, range);
    }

    private static List<CycleBand> continuous(CourseCalendar calendar, DateSpan range) {
        LocalDate first = calendar.firstDay();
        LocalDate last = calendar.lastDay().orElse(range.last());
        if (last.isBefore(first) || first.isAfter(range.last()) || last.isBefore(range.first())) {
            return List.of();
        }
        Course course = calendar.course();
        Phase phase = course.plan().phases().get(0);
        return List.of(new CycleBand(course.id(), course.plan().name(), phase.name(), 0, new DateSpan(first, last),
                List.of(), Optional.empty(), drugNames(phase)));
    }

    private static List<CycleBand> cycles(CourseCalendar calendar, DateSpan range) {
        Course course = calendar.course();
        Optional<LocalDate> stop = course.history().stop().map(s -> s.date());
        Map<Integer, DateSpan> lowCounts = lowCounts(calendar.entries());
        Map<Integer, List<TreatmentDay>> days = calendar.treatmentDays().stream()
                .collect(Collectors.groupingBy(TreatmentDay::cycle, TreeMap::new, Collectors.toList()));
        List<CycleBand> bands = new ArrayList<>();
        for (CycleDates cycle : calendar.cycles()) {
            LocalDate end = stop.filter(s -> s.isBefore(cycle.end())).orElse(cycle.end());
            DateSpan span = new DateSpan(cycle.start(), end);
            if (span.first().isAfter(range.last()) || span.last().isBefore(range.first())) {
                continue;
            }
            List<DrugDay> drugDays = days.getOrDefault(cycle.number(), List.of()).stream()
                    .map(d -> new DrugDay(d.date(), cycleDay(span, d.date()),
                            d.drugs().stream().map(DrugPlan::drug).toList()))
                    .toList();
            bands.add(new CycleBand(course.id(), course.plan().name(), cycle.phase().name(), cycle.number(), span,
                    drugDays, Optional.ofNullable(lowCounts.get(cycle.number())), drugNames(cycle.phase())));
        }
        return bands;
    }

    /** Per cycle, the first to the last day of its expected low-count windows (several drugs may each have one). */
    private static Map<Integer, DateSpan> lowCounts(List<CalendarEntry> entries) {
        Map<Integer, DateSpan> windows = new TreeMap<>();
        for (CalendarEntry entry : entries) {
            if (entry.kind() == EntryKind.LOW_COUNTS) {
                windows.merge(entry.cycle(), new DateSpan(entry.date(), entry.date()), (a, b) -> new DateSpan(
                        a.first().isBefore(b.first()) ? a.first() : b.first(),
                        a.last().isAfter(b.last()) ? a.last() : b.last()));
            }
        }
        return windows;
    }

    private static int cycleDay(DateSpan span, LocalDate date) {
        return (int) (date.toEpochDay() - span.first().toEpochDay()) + 1;
    }

    private static List<String> drugNames(Phase phase) {
        return phase.drugs().stream().map(DrugPlan::drug).distinct().toList();
    }
}
