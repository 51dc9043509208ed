package org.leiojournal.domain.trend;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * Turns check-ins into a measure's series. A line must never suggest a value nobody recorded, so a segment
 * ends at a check-in that left the measure unanswered and across a stretch of days with no check-in at all.
 */
public final class TrendSeriesBuilder {

    /**
     * Check-ins whose calendar dates are more than this many days apart are not joined by a line: two days apart
     * (one day missed) still joins, three days apart (two days missed) breaks.
     */
    public static final int MAX_GAP_DAYS = 2;

    private static final Comparator<CheckIn> BY_TIME = Comparator.comparing(c -> c.recordedAt().toInstant());

    private TrendSeriesBuilder() {
    }

    /** Returns the check-ins in the order they were recorded (by instant), oldest first. */
    public static List<CheckIn> inTimeOrder(Collection<CheckIn> checkIns) {
        return checkIns.stream().sorted(BY_TIME).toList();
    }

    /**
     * Returns the measure's series over all the given check-ins (any order): one point per check-in that has a
     * value, at that check-in's own time, in the user's units; several a day are all kept. A new segment starts
     * after a check-in without a value and when a check-in's date is more than {@link #MAX_GAP_DAYS} after the
     * previous check-in's date. No check-ins, or none with a value, gives an empty series.
     */
    public static TrendSeries build(Measure measure, Collection<CheckIn> checkIns, TrendUnits units) {
        return fromOrdered(measure, inTimeOrder(checkIns), units);
    }

    /** Returns one series per measure, in the measures' order, as {@link #build} would; sorts the check-ins once. */
    public static List<TrendSeries> buildAll(List<? extends Measure> measures, Collection<CheckIn> checkIns,
                                             TrendUnits units) {
        List<CheckIn> ordered = inTimeOrder(checkIns);
        return measures.stream().map(m -> fromOrdered(m, ordered, units)).toList();
    }

    private static TrendSeries fromOrdered(Measure measure, List<CheckIn> ordered, TrendUnits units) {
        List<List<TrendPoint>> segments = new ArrayList<>();
        List<TrendPoint> current = new ArrayList<>();
        CheckIn previous = null;
        for (CheckIn checkIn : ordered) {
            if (previous != null && ChronoUnit.DAYS.between(previous.day(), checkIn.day()) > MAX_GAP_DAYS) {
                current = close(segments, current);
            }
            OptionalDouble value = measure.valueIn(checkIn, units);
            if (value.isPresent()) {
                current.add(new TrendPoint(checkIn.recordedAt(), value.getAsDouble()));
            } else {
                current = close(segments, current);
            }
            previous = checkIn;
        }
        close(segments, current);
        return new TrendSeries(measure, segments);
    }

    private static List<TrendPoint> close(List<List<TrendPoint>> segments, List<TrendPoint> current) {
        if (current.isEmpty()) {
            return current;
        }
        segments.add(current);
        return new ArrayList<>();
    }
}
