package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;

/** The course ended before its plan did (or a continuous treatment ended): nothing after this date is planned. */
public record CourseStop(LocalDate date, String reason) {

    public CourseStop {
        Objects.requireNonNull(date, "date");
        reason = reason == null ? "" : reason;
    }
}
