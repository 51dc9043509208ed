package org.leiojournal.domain.trend;

import java.time.LocalDate;

/**
 * Moves a span by whole days, as dragging a chart does, within the limits {@link TrendRanges} pans within: not
 * before the journal's first day, not past today plus {@link TrendRanges#FUTURE_DAYS}.
 */
public final class SpanShift {

    private SpanShift() {
    }

    /**
     * Returns the span moved by {@code days} (negative: earlier), the same length, stopped at the limit it meets;
     * a span already at or past that limit is returned unchanged, never pulled back.
     */
    public static DateSpan by(TrendRanges ranges, DateSpan span, long days) {
        long first = span.first().toEpochDay();
        long length = span.last().toEpochDay() - first + 1;
        long moved;
        if (days < 0) {
            moved = Math.min(first, Math.max(first + days, ranges.whole().first().toEpochDay()));
        } else {
            long limit = ranges.whole().last().plusDays(TrendRanges.FUTURE_DAYS).toEpochDay();
            long last = Math.max(span.last().toEpochDay(), Math.min(span.last().toEpochDay() + days, limit));
            moved = last - length + 1;
        }
        return new DateSpan(LocalDate.ofEpochDay(moved), LocalDate.ofEpochDay(moved + length - 1));
    }
}
