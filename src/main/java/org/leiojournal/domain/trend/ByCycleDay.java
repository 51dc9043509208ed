package org.leiojournal.domain.trend;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lays a series over the cycles so one cycle can be compared with another: x is the day of the cycle, with the
 * time of day as a fraction so a morning and an evening reading on the same day stand apart. The wall-clock time
 * is used, so 09:00 is 9/24 of a day on the day the clocks change too.
 */
public final class ByCycleDay {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private ByCycleDay() {
    }

    /**
     * Returns one line per band that is not continuous, in the bands' order: the series' points whose local date
     * falls in the band, at x = {@link #position}, split where the series is split. A band with no such points gives
     * a line without segments.
     */
    public static List<CycleLine> lines(TrendSeries series, List<CycleBand> bands) {
        return bands.stream().filter(b -> !b.continuous()).map(b -> line(series, b)).toList();
    }

    /**
     * Returns the lines of the last {@code count} cycles of one course (fewer if it has fewer among the bands), in
     * cycle order, built as {@link #lines} builds them.
     */
    public static List<CycleLine> lastCycles(TrendSeries series, List<CycleBand> bands, long courseId, int count) {
        List<CycleBand> ofCourse = bands.stream().filter(b -> b.courseId() == courseId && !b.continuous())
                .sorted(Comparator.comparingInt(CycleBand::cycle)).toList();
        return lines(series, ofCourse.subList(Math.max(0, ofCourse.size() - count), ofCourse.size()));
    }

    /**
     * Returns the x of a moment on a band: its day of the cycle (day 1 is the band's first day) plus the fraction of
     * that day its wall-clock time has passed, so 09:00 on day 9 is 9.375.
     */
    public static double position(CycleBand band, ZonedDateTime at) {
        return band.cycleDay(at.toLocalDate()) + at.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY;
    }

    /**
     * Returns the line's lowest value (the earliest, when two are equal): for a blood count, the low point the draws
     * actually found, to set beside the cycle's expected low-count window. Empty for a line without points.
     */
    public static Optional<CycleDayPoint> lowest(CycleLine line) {
        return line.segments().stream().flatMap(List::stream)
                .min(Comparator.comparingDouble(CycleDayPoint::value).thenComparingDouble(CycleDayPoint::cycleDay));
    }

    private static CycleLine line(TrendSeries series, CycleBand band) {
        List<List<CycleDayPoint>> segments = new ArrayList<>();
        for (List<TrendPoint> segment : series.segments()) {
            List<CycleDayPoint> inBand = new ArrayList<>();
            for (TrendPoint point : segment) {
                if (band.span().contains(point.at().toLocalDate())) {
                    inBand.add(new CycleDayPoint(position(band, point.at()), point.value(), point.at()));
                }
            }
            segments.add(inBand);
        }
        return new CycleLine(band, segments);
    }
}
