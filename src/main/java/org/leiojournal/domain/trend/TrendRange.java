package org.leiojournal.domain.trend;

/** The ranges offered beside the chart; a custom range is a {@link DateSpan}. */
public enum TrendRange {
    DAYS_30(30),
    DAYS_90(90),
    DAYS_365(365),
    ALL(0);

    private final int days;

    TrendRange(int days) {
        this.days = days;
    }

    /** Days back from today, or 0 for the whole journal. */
    public int days() {
        return days;
    }
}
