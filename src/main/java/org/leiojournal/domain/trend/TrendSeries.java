package org.leiojournal.domain.trend;

import java.util.List;
import java.util.Objects;

/**
 * A measure's values over time, as unbroken segments: a line is drawn within a segment and never across the gap
 * between two, so an unanswered item is a break in the line, never a 0.
 */
public record TrendSeries(Measure measure, List<List<TrendPoint>> segments) {

    public TrendSeries {
        Objects.requireNonNull(measure, "measure");
        segments = segments.stream().filter(s -> !s.isEmpty()).map(List::copyOf).toList();
    }

    public int pointCount() {
        return segments.stream().mapToInt(List::size).sum();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }
}
