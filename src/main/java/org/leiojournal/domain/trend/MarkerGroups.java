package org.leiojournal.domain.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Markers on a long range would sit on top of one another: a journal with a note every day has 3,650 of them in
 * ten years, on a chart some 800 pixels wide, and drawing each costs time and memory for nothing anyone can see.
 * So markers of one kind whose days fall in the same stretch of a few days become one marker that says how many
 * it stands for. A stretch is as many whole days as make {@link #SPACING_PX} pixels, counted from a fixed day, so
 * the groups do not change as the range moves along.
 */
public final class MarkerGroups {

    /** About a glyph's width: markers closer than this could not be told apart anyway. */
    public static final double SPACING_PX = 14;
    /** How many kinds there are (values() copies its array at every call: once per marker, at every range switch). */
    private static final int KINDS = TrendMarker.Kind.values().length;

    private MarkerGroups() {
    }

    /** The markers of {@code span} as they can be drawn on {@code plotWidth} pixels, in time order. */
    public static List<TrendMarker> of(List<TrendMarker> markers, DateSpan span, int plotWidth) {
        long days = span.last().toEpochDay() - span.first().toEpochDay() + 1;
        long daysPerGroup = Math.max(1, (long) Math.ceil(SPACING_PX * days / Math.max(1, plotWidth)));
        List<TrendMarker> inOrder = inGroupOrder(markers, daysPerGroup);
        // In this order a stretch's markers are next to each other: each kind's group there is known by its first
        // and last marker and a sum, in primitive arrays (a map of boxed keys and a list per group, at every range
        // switch, was garbage that filled the heap).
        int[] first = new int[KINDS];
        int[] last = new int[KINDS];
        int[] count = new int[KINDS];
        List<TrendMarker> drawn = new ArrayList<>();
        int i = 0;
        while (i < inOrder.size()) {
            long stretch = stretchOf(inOrder.get(i), daysPerGroup);
            Arrays.fill(count, 0);
            for (; i < inOrder.size() && stretchOf(inOrder.get(i), daysPerGroup) == stretch; i++) {
                TrendMarker marker = inOrder.get(i);
                int kind = marker.kind().ordinal();
                if (count[kind] == 0) {
                    first[kind] = i;
                }
                last[kind] = i;
                count[kind] += marker.count();
            }
            for (int kind = 0; kind < KINDS; kind++) {
                if (count[kind] > 0) {
                    drawn.add(first[kind] == last[kind] ? inOrder.get(first[kind])
                            : merged(inOrder.get(first[kind]), inOrder.get(last[kind]), count[kind]));
                }
            }
        }
        drawn.sort(Comparator.comparing(TrendMarker::at));
        return drawn;
    }

    private static long stretchOf(TrendMarker marker, long daysPerGroup) {
        return Math.floorDiv(marker.at().toLocalDate().toEpochDay(), daysPerGroup);
    }

    /**
     * The markers by stretch, then time, ties in their given order: as given when they are so already (markers
     * read from the journal in time order, in one time zone), else a sorted copy.
     */
    private static List<TrendMarker> inGroupOrder(List<TrendMarker> markers, long daysPerGroup) {
        Comparator<TrendMarker> order = Comparator.<TrendMarker>comparingLong(m -> stretchOf(m, daysPerGroup))
                .thenComparing(TrendMarker::at);
        for (int i = 1; i < markers.size(); i++) {
            if (order.compare(markers.get(i - 1), markers.get(i)) > 0) {
                List<TrendMarker> sorted = new ArrayList<>(markers);
                sorted.sort(order); // stable
                return sorted;
            }
        }
        return markers;
    }

    /** The group from its first marker to its last, standing for {@code count} things. */
    private static TrendMarker merged(TrendMarker first, TrendMarker last, int count) {
        return new TrendMarker(first.at(), first.kind(), first.label(), count, last.until());
    }
}
