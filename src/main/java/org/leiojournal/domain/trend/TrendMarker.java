package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import org.leiojournal.domain.validation.Required;

/**
 * Something to mark on the time axis: an appointment, a check-in with a note, or an alert of either tier; or, where a range is
 * too long for them to stand apart, {@code count} of one kind from {@code at} to {@code until} (see
 * {@link MarkerGroups}), {@code label} then being the first one's.
 */
public record TrendMarker(ZonedDateTime at, Kind kind, String label, int count, ZonedDateTime until) {

    /** An alert's kind is its tier, so a chart tells "call now" from "tell your team" and never groups them. */
    public enum Kind { APPOINTMENT, NOTE, CALL_NOW, TELL_SOON }

    public TrendMarker {
        Required.all("at, kind, until", at, kind, until);
        label = label == null ? "" : label;
        if (count < 1 || until.isBefore(at)) {
            throw new IllegalArgumentException("a marker stands for at least one thing, from its start on");
        }
    }

    /** One thing at one moment. */
    public TrendMarker(ZonedDateTime at, Kind kind, String label) {
        this(at, kind, label, 1, at);
    }

    public boolean isGroup() {
        return count > 1;
    }
}
