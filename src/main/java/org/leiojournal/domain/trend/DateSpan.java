package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days from {@code first} to {@code last}, both included: a chart's range, a report's or an export's. An open end is
 * {@link LocalDate#MIN} or {@link LocalDate#MAX}.
 */
public record DateSpan(LocalDate first, LocalDate last) {

    /** Every day: an export with neither --from nor --to. */
    public static final DateSpan ALL = new DateSpan(LocalDate.MIN, LocalDate.MAX);

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(last + " is before " + first);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
