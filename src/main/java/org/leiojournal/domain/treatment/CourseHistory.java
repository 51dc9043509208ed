package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Optional;

/** Everything recorded about a course after it was planned: delays, dose outcomes and an early stop. */
public record CourseHistory(List<Delay> delays, List<DoseRecord> doses, Optional<CourseStop> stop) {

    public static final CourseHistory EMPTY = new CourseHistory(List.of(), List.of(), Optional.empty());

    public CourseHistory {
        delays = List.copyOf(delays);
        doses = List.copyOf(doses);
    }

    public Optional<Delay> delayOf(int cycle, int day) {
        return delays.stream().filter(d -> d.cycle() == cycle && d.day() == day).findFirst();
    }

    public Optional<DoseRecord> doseOf(int cycle, int day, String drug) {
        return doses.stream().filter(d -> d.isFor(cycle, day, drug)).findFirst();
    }
}
