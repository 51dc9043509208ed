package org.leiojournal.domain.trend;

import java.util.List;

/** One cycle's values of a measure, by day of cycle, as unbroken segments. */
public record CycleLine(CycleBand band, List<List<CycleDayPoint>> segments) {

    public CycleLine {
        segments = segments.stream().filter(s -> !s.isEmpty()).map(List::copyOf).toList();
    }
}
