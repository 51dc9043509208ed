package org.leiojournal.ui.trend;

import org.leiojournal.domain.trend.TrendSeries;

/** A series as drawn: its points (already cut to the shown range and thinned), its name and how it looks. */
public record StyledSeries(TrendSeries series, String name, SeriesStyle style) {
}
