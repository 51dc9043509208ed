package org.leiojournal.domain.treatment;

import java.time.LocalDate;

/**
 * One thing on one day of a course: a drug, a supportive medicine, a check, or a day of the expected
 * low-count window. {@code cycle} is 0 for continuous treatment, where {@code cycleDay} counts days since the start.
 */
public record CalendarEntry(LocalDate date, EntryKind kind, String label, String detail, int cycle, int cycleDay) {
}
