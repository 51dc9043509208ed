package org.leiojournal.domain.trend;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value range of a small chart: scores always 0–10 so two ranges compare at a glance, counts from 0,
 * temperature, weight and blood values around their readings (and the threshold or team's level line, which must
 * always be in view); a blood value's axis never goes below 0.
 */
public record YScale(double lower, double upper, double tick) {

    /** The scale for the values of these series, and the threshold line if there is one. */
    public static YScale of(ChartKind kind, List<TrendSeries> lines, OptionalDouble threshold) {
        DoubleSummaryStatistics values = lines.stream().flatMap(l -> l.segments().stream())
                .flatMap(List::stream).mapToDouble(TrendPoint::value).summaryStatistics();
        return of(kind, values, threshold);
    }

    /** The scale for values with these statistics (none counted: a default scale). */
    public static YScale of(ChartKind kind, DoubleSummaryStatistics values, OptionalDouble threshold) {
        double min = values.getCount() == 0 ? Double.POSITIVE_INFINITY : values.getMin();
        double max = values.getCount() == 0 ? Double.NEGATIVE_INFINITY : values.getMax();
        if (threshold.isPresent()) {
            min = Math.min(min, threshold.getAsDouble());
            max = Math.max(max, threshold.getAsDouble());
        }
        boolean none = min > max;
        return switch (kind) {
            case SCORES -> new YScale(0, 10, 2);
            case COUNTS -> {
                double top = none ? 5 : Math.max(5, Math.ceil(max) + 1);
                double tick = niceTick(top);
                // the top on a tick, so the last grid line is the plot's edge and none is drawn above it
                yield new YScale(0, Math.ceil(top / tick) * tick, tick);
            }
            case LAB -> none ? new YScale(0, 1, 1) : fromZero(around(min, max));
            default -> none ? new YScale(0, 1, 1) : around(min, max);
        };
    }

    /** A blood value is never below 0, so its axis does not go there either. */
    private static YScale fromZero(YScale scale) {
        return scale.lower() >= 0 ? scale : new YScale(0, scale.upper(), scale.tick());
    }

    private static YScale around(double min, double max) {
        double pad = Math.max(0.3, (max - min) * 0.12);
        double tick = niceTick(max - min + 2 * pad);
        double lower = Math.floor((min - pad) / tick) * tick;
        double upper = Math.ceil((max + pad) / tick) * tick;
        return new YScale(lower, upper, tick);
    }

    /** A step of 1, 2 or 5 times a power of ten giving about five ticks. */
    public static double niceTick(double extent) {
        double raw = extent / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double scaled = raw / power;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return nice * power;
    }
}
