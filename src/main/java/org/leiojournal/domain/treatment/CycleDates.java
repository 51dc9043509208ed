package org.leiojournal.domain.treatment;

import java.time.LocalDate;

/**
 * Where one cycle falls: its number in the course (counting on across phases), its phase, the day 1 of the
 * original plan and the day 1 after delays, and its last day (the day before the next cycle starts).
 */
public record CycleDates(int number, Phase phase, LocalDate plannedStart, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean moved() {
        return !plannedStart.equals(start);
    }
}
