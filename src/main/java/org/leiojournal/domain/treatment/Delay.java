package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;

/** A planned treatment day moved to another date, with the reason. It moves every later day of the course too. */
public record Delay(int cycle, int day, LocalDate newDate, String reason) {

    public Delay {
        Objects.requireNonNull(newDate, "newDate");
        reason = reason == null ? "" : reason;
    }
}
