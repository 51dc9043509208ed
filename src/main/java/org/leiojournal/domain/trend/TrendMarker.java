package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import java.util.Objects;

/** Something to mark on the time axis: an appointment, a check-in with a note, or an alert. */
public record TrendMarker(ZonedDateTime at, Kind kind, String label) {

    public enum Kind { APPOINTMENT, NOTE, ALERT }

    public TrendMarker {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
    }
}
