package org.leiojournal.domain.trend;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;

/** The chart's data as a table, for people who read numbers better than lines and for screen readers. */
public record TrendTable(List<Measure> measures, List<TrendRow> rows) {

    public TrendTable {
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
        int columns = measures.size();
        if (rows.stream().anyMatch(r -> r.values().size() != columns)) {
            throw new IllegalArgumentException("one value per measure in every row");
        }
    }

    /**
     * Returns one row per check-in whose local date lies in {@code range}, oldest first, with its band position
     * from {@code bands} (empty outside treatment) and, per measure in the given order, its value in the user's
     * units or empty when unanswered. No check-ins in the range gives a table without rows.
     */
    public static TrendTable of(Collection<CheckIn> checkIns, List<? extends Measure> measures, CycleBands bands,
                                DateSpan range, TrendUnits units) {
        List<TrendRow> rows = TrendSeriesBuilder.inTimeOrder(checkIns).stream()
                .filter(c -> range.contains(c.day()))
                .map(c -> new TrendRow(c.recordedAt(), c.uid(), bands.on(c.day()),
                        measures.stream().map(m -> m.valueIn(c, units)).toList()))
                .toList();
        return new TrendTable(List.copyOf(measures), rows);
    }

    /** Returns the row's value for a measure of this table, empty when unanswered. */
    public OptionalDouble value(TrendRow row, Measure measure) {
        int column = measures.indexOf(Objects.requireNonNull(measure, "measure"));
        if (column < 0) {
            throw new IllegalArgumentException("not a column of this table: " + measure.key());
        }
        return row.values().get(column);
    }
}
