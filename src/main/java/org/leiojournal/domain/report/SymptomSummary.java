package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.domain.trend.TrendSeriesBuilder;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.domain.validation.Required;

/**
 * One symptom over the report's range, from the same series the Trends screen draws: its worst day and its
 * average day (each day counted once, at its worst answer; unanswered days left out), the days at 4 or more and at
 * 7 or more (the moderate and severe bands of ESAS research, facts.md §5.1; for counts, the days with 4 or more and
 * 7 or more episodes), the series for the sparkline, and the trend arrow.
 */
public record SymptomSummary(SymptomItem item, TrendSeries series, NavigableMap<LocalDate, Double> daily,
                             TrendArrow trend) {

    public static final int MODERATE = 4;
    public static final int SEVERE = 7;

    public SymptomSummary {
        Required.all("item, series, daily, trend", item, series, daily, trend);
    }

    /** The summary of {@code item} over {@code span}, from check-ins in any order (those outside are ignored). */
    public static SymptomSummary of(SymptomItem item, Collection<CheckIn> checkIns, DateSpan span) {
        TrendSeries series = TrendSeriesBuilder.build(new ItemMeasure(item),
                checkIns.stream().filter(c -> span.contains(c.day())).toList(), TrendUnits.METRIC);
        NavigableMap<LocalDate, Double> daily = DailyValues.worstPerDay(series, span);
        TrendArrow trend = item.kind() == ItemKind.SCORE ? TrendArrow.of(daily, span) : TrendArrow.UNKNOWN;
        return new SymptomSummary(item, series, daily, trend);
    }

    /** Days with an answer. */
    public int answeredDays() {
        return daily.size();
    }

    /** The highest answer in the range; empty when nothing was answered. */
    public OptionalDouble worst() {
        return daily.values().stream().mapToDouble(Double::doubleValue).max();
    }

    /** The mean of the answered days' worst answers; empty when nothing was answered. */
    public OptionalDouble average() {
        return daily.values().stream().mapToDouble(Double::doubleValue).average();
    }

    /** Days whose worst answer was {@code threshold} or more. */
    public int daysAtLeast(int threshold) {
        return (int) daily.values().stream().filter(v -> v >= threshold).count();
    }

    /** True when some day's answer was above 0. */
    public boolean anyAboveZero() {
        return daily.values().stream().anyMatch(v -> v > 0);
    }
}
