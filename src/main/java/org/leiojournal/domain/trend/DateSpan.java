package org.leiojournal.domain.trend;

import java.time.LocalDate;
import java.util.Objects;

/** Days from {@code first} to {@code last}, both included. */
public record DateSpan(LocalDate first, LocalDate last) {

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
