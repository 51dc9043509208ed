package org.leiojournal.domain.report;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.time.LocalDate;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendSeries;

/**
 * A series as one value per day: the highest answer of each day whose local date lies in the span (the worst the
 * person felt that day, as a clinician asks it). Days without an answer have no entry: never a 0.
 */
public final class DailyValues {

    private DailyValues() {
    }

    public static NavigableMap<LocalDate, Double> worstPerDay(TrendSeries series, DateSpan span) {
        NavigableMap<LocalDate, Double> days = new TreeMap<>();
        for (List<TrendPoint> segment : series.segments()) {
            for (TrendPoint point : segment) {
                LocalDate day = point.at().toLocalDate();
                if (span.contains(day)) {
                    days.merge(day, point.value(), Math::max);
                }
            }
        }
        return Collections.unmodifiableNavigableMap(days);
    }
}
