package org.leiojournal.ui.trend;

/** The three ways Trends shows the same data: over dates, by day of cycle, or as a table of numbers. */
public enum TrendMode {
    DATE,
    CYCLE,
    TABLE
}
