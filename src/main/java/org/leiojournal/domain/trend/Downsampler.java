package org.leiojournal.domain.trend;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Thins a series so a chart never draws more than about two points per horizontal pixel.
 *
 * <p>Min/max buckets rather than LTTB: the visible time range is cut into equal buckets (one per pixel) and each
 * bucket keeps its lowest and its highest point, in time order. That guarantees every extreme survives (one fever
 * spike in ten years of daily readings is still drawn, at its height), whereas LTTB keeps one point per bucket
 * chosen by triangle area and may drop a peak or a trough that sits beside another. It is also one pass, and a
 * bucket's result does not depend on its neighbours, so panning does not make points flicker.
 */
public final class Downsampler {

    private Downsampler() {
    }

    /**
     * Returns the series unchanged when it has at most {@code 2 × buckets} points. Otherwise returns a series with
     * the same measure in which, per segment: points after {@code to} or before {@code from} are dropped except the
     * nearest one on each side (so the line runs to the edge); the first and last remaining points are kept; and
     * of the points between them, each of the {@code buckets} equal slices of [{@code from}, {@code to}) keeps its
     * minimum and maximum point in time order (one point when they are the same). Segments with no point in the
     * range and none crossing it are dropped; segment breaks are never joined.
     *
     * @throws IllegalArgumentException when {@code buckets} is less than 1 or {@code to} is not after {@code from}
     */
    public static TrendSeries downsample(TrendSeries series, Instant from, Instant to, int buckets) {
        if (buckets < 1 || !to.isAfter(from)) {
            throw new IllegalArgumentException("need at least one bucket over a non-empty range");
        }
        if (series.pointCount() <= 2L * buckets) {
            return series;
        }
        Buckets slices = new Buckets(from.toEpochMilli(), to.toEpochMilli(), buckets);
        List<List<TrendPoint>> segments = new ArrayList<>();
        for (List<TrendPoint> segment : series.segments()) {
            List<TrendPoint> visible = visible(segment, from, to);
            if (!visible.isEmpty()) {
                segments.add(thin(visible, slices));
            }
        }
        return new TrendSeries(series.measure(), segments);
    }

    /**
     * Returns {@link #downsample(TrendSeries, Instant, Instant, int)} over whole days: from the start of the span's
     * first day to the start of the day after its last, in the given zone.
     */
    public static TrendSeries downsample(TrendSeries series, DateSpan span, ZoneId zone, int buckets) {
        return downsample(series, span.first().atStartOfDay(zone).toInstant(),
                span.last().plusDays(1).atStartOfDay(zone).toInstant(), buckets);
    }

    /**
     * The points inside [from, to] plus the nearest neighbour on each side; empty when the line misses the range.
     * The segment is in time order, so its ends are found by halving (a range switch over ten years of points then
     * looks at a few dozen of them, and makes no instant per point).
     */
    private static List<TrendPoint> visible(List<TrendPoint> segment, Instant from, Instant to) {
        long fromMillis = from.toEpochMilli();
        long toMillis = to.toEpochMilli();
        int first = firstNotBefore(segment, fromMillis);
        // moments are whole milliseconds, so the first point after toMillis is the first at or after toMillis + 1
        int last = (toMillis == Long.MAX_VALUE ? segment.size() : firstNotBefore(segment, toMillis + 1)) - 1;
        if (first > 0) {
            first--;
        }
        if (last < segment.size() - 1) {
            last++;
        }
        // A segment wholly before or after the range ends up with its only candidate on one side.
        boolean before = millis(segment.get(last)) < fromMillis;
        boolean after = millis(segment.get(first)) > toMillis;
        return first > last || before || after ? List.of() : segment.subList(first, last + 1);
    }

    /** The index of the first point at or after {@code millis}; the size when there is none. */
    private static int firstNotBefore(List<TrendPoint> segment, long millis) {
        int low = 0;
        int high = segment.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (millis(segment.get(middle)) < millis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The point's moment in epoch milliseconds, without making an instant. */
    private static long millis(TrendPoint point) {
        return point.at().toEpochSecond() * 1000 + point.at().getNano() / 1_000_000;
    }

    private static List<TrendPoint> thin(List<TrendPoint> points, Buckets slices) {
        List<TrendPoint> kept = new ArrayList<>();
        kept.add(points.get(0));
        int end = points.size() - 1;
        int i = 1;
        while (i < end) {
            int bucket = slices.of(points.get(i));
            int min = i;
            int max = i;
            int j = i + 1;
            while (j < end && slices.of(points.get(j)) == bucket) {
                if (points.get(j).value() < points.get(min).value()) {
                    min = j;
                }
                if (points.get(j).value() > points.get(max).value()) {
                    max = j;
                }
                j++;
            }
            kept.add(points.get(Math.min(min, max)));
            if (min != max) {
                kept.add(points.get(Math.max(min, max)));
            }
            i = j;
        }
        if (end > 0) {
            kept.add(points.get(end));
        }
        return kept;
    }

    /** Equal slices of the range in epoch milliseconds; points outside fall into the first or last slice. */
    private record Buckets(long from, long to, int count) {

        int of(TrendPoint point) {
            double share = (double) (millis(point) - from) / (to - from);
            return (int) Math.max(0, Math.min(count - 1, Math.floor(share * count)));
        }
    }
}
