package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Which way a symptom went lately, by one fixed rule so the arrow means the same on every report:
 *
 * <ul>
 *   <li>recent = the last {@link #WINDOW_DAYS} days of the range (its last day and the six before it);
 *       earlier = the {@link #WINDOW_DAYS} days before those. Days outside the range do not count.</li>
 *   <li>Each window's level is the mean of its answered days' values (a day's value is its worst answer, see
 *       {@link DailyValues}); unanswered days are left out, never counted as 0.</li>
 *   <li>Each window needs at least {@link #MIN_ANSWERED_DAYS} answered days, else {@link Direction#UNKNOWN}.</li>
 *   <li>difference = recent − earlier: {@code ≥ +1} point is {@link Direction#UP}, {@code ≤ −1} is
 *       {@link Direction#DOWN}, anything between is {@link Direction#STEADY}. Exact: one point is one point.</li>
 * </ul>
 * For every ESAS-r item, wellbeing included, a higher score is worse, so UP means worse.
 */
public record TrendArrow(Direction direction, double difference) {

    public enum Direction { UP, DOWN, STEADY, UNKNOWN }

    public static final int WINDOW_DAYS = 7;
    public static final int MIN_ANSWERED_DAYS = 3;
    public static final TrendArrow UNKNOWN = new TrendArrow(Direction.UNKNOWN, 0);

    public TrendArrow {
        Objects.requireNonNull(direction, "direction");
    }

    public static TrendArrow of(NavigableMap<LocalDate, Double> daily, DateSpan span) {
        LocalDate recentFirst = span.last().minusDays(WINDOW_DAYS - 1L);
        LocalDate earlierFirst = recentFirst.minusDays(WINDOW_DAYS);
        Window recent = window(daily, span, recentFirst, span.last());
        Window earlier = window(daily, span, earlierFirst, recentFirst.minusDays(1));
        if (recent.days < MIN_ANSWERED_DAYS || earlier.days < MIN_ANSWERED_DAYS) {
            return UNKNOWN;
        }
        // recent.sum/recent.days − earlier.sum/earlier.days compared with ±1, cross-multiplied so that whole-number
        // scores are compared exactly (no rounding can turn 0.999… into a step).
        double scaled = recent.sum * earlier.days - earlier.sum * recent.days;
        double one = (double) recent.days * earlier.days;
        double difference = recent.sum / recent.days - earlier.sum / earlier.days;
        Direction direction = scaled >= one ? Direction.UP : scaled <= -one ? Direction.DOWN : Direction.STEADY;
        return new TrendArrow(direction, difference);
    }

    private static Window window(NavigableMap<LocalDate, Double> daily, DateSpan span, LocalDate from,
                                 LocalDate to) {
        LocalDate first = from.isBefore(span.first()) ? span.first() : from;
        if (to.isBefore(first)) {
            return new Window(0, 0);
        }
        double sum = 0;
        int days = 0;
        for (Map.Entry<LocalDate, Double> day : daily.subMap(first, true, to, true).entrySet()) {
            sum += day.getValue();
            days++;
        }
        return new Window(sum, days);
    }

    private record Window(double sum, int days) {
    }
}
