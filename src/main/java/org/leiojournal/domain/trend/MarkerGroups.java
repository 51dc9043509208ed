package org.leiojournal.domain.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<Long, List<TrendMarker>> groups = new TreeMap<>();
        for (TrendMarker marker : markers) {
            long stretch = Math.floorDiv(marker.at().toLocalDate().toEpochDay(), daysPerGroup);
            groups.computeIfAbsent(stretch * KINDS + marker.kind().ordinal(),
                    k -> new ArrayList<>()).add(marker);
        }
        List<TrendMarker> drawn = new ArrayList<>();
        for (List<TrendMarker> group : groups.values()) {
            drawn.add(group.size() == 1 ? group.get(0) : merged(group));
        }
        drawn.sort(Comparator.comparing(TrendMarker::at));
        return drawn;
    }

    private static TrendMarker merged(List<TrendMarker> group) {
        List<TrendMarker> inOrder = group.stream().sorted(Comparator.comparing(TrendMarker::at)).toList();
        TrendMarker first = inOrder.get(0);
        int count = inOrder.stream().mapToInt(TrendMarker::count).sum();
        return new TrendMarker(first.at(), first.kind(), first.label(), count, inOrder.get(inOrder.size() - 1).until());
    }
}
