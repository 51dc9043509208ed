package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One answered value at the moment of its check-in, in the unit the user reads (°C or °F, kg or lb). */
public record TrendPoint(ZonedDateTime at, double value) {

    public TrendPoint {
        Objects.requireNonNull(at, "at");
    }
}
