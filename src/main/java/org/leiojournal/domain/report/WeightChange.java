package org.leiojournal.domain.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.domain.trend.TrendSeriesBuilder;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.domain.trend.VitalMeasure;

/**
 * Weight from the first to the last reading of the range, in the unit the user reads weights in (readings typed
 * in the other unit converted as the Trends screen converts them), with the change as a share of the first.
 */
public record WeightChange(TrendPoint first, TrendPoint last, int readings, WeightUnit unit) {

    /** Empty when the range has no weight reading. */
    public static Optional<WeightChange> of(Collection<CheckIn> checkIns, DateSpan span, TrendUnits units) {
        TrendSeries series = TrendSeriesBuilder.build(new VitalMeasure(Vital.WEIGHT),
                checkIns.stream().filter(c -> span.contains(c.day())).toList(), units);
        List<TrendPoint> points = series.segments().stream().flatMap(List::stream).toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WeightChange(points.get(0), points.get(points.size() - 1), points.size(),
                units.weight()));
    }

    /** Last minus first, in {@link #unit}. */
    public double change() {
        return last.value() - first.value();
    }

    /** The change as a percentage of the first reading. */
    public double percent() {
        return 100 * change() / first.value();
    }
}
