package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything recorded about a course after it was planned: delays, dose outcomes, an early stop, and for daily
 * tablets the days a dose was taken.
 */
public record CourseHistory(List<Delay> delays, List<DoseRecord> doses, Optional<CourseStop> stop,
                            Set<LocalDate> oralDosesTaken) {

    public static final CourseHistory EMPTY = new CourseHistory(List.of(), List.of(), Optional.empty());

    public CourseHistory {
        delays = List.copyOf(delays);
        doses = List.copyOf(doses);
        oralDosesTaken = Set.copyOf(oralDosesTaken);
    }

    /** A history of a course given in cycles, with no daily tablets. */
    public CourseHistory(List<Delay> delays, List<DoseRecord> doses, Optional<CourseStop> stop) {
        this(delays, doses, stop, Set.of());
    }

    public Optional<Delay> delayOf(int cycle, int day) {
        return delays.stream().filter(d -> d.cycle() == cycle && d.day() == day).findFirst();
    }

    public Optional<DoseRecord> doseOf(int cycle, int day, String drug) {
        return doses.stream().filter(d -> d.isFor(cycle, day, drug)).findFirst();
    }
}
