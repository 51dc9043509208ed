package org.leiojournal.report;

import java.time.LocalDate;
import java.util.Objects;

/** The days an export covers, both ends included. An open end is {@link LocalDate#MIN} or {@link LocalDate#MAX}. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts: " + from + " to " + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
