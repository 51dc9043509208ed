package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;

/** A value placed by its day of cycle, for comparing one cycle with another. */
public record CycleDayPoint(double cycleDay, double value, ZonedDateTime at) {
}
