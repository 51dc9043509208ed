package org.leiojournal.domain.trend;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.leiojournal.domain.lab.BloodTest;

/**
 * The chosen blood tests' values as a table, as entered: one row per value, oldest draw first and, within a draw,
 * in the order the tests were chosen. Nothing is converted here; the chart does that.
 */
public final class LabTable {

    private LabTable() {
    }

    /** The rows of the draws whose local date lies in {@code range}, with their place in treatment from {@code bands}. */
    public static List<LabRow> of(Collection<BloodTest> tests, List<LabMeasure> measures, CycleBands bands,
                                  DateSpan range, ZoneId zone) {
        List<LabRow> rows = new ArrayList<>();
        tests.stream().filter(t -> range.contains(t.drawnAt().toLocalDate()))
                .sorted(Comparator.comparing(BloodTest::drawnAt).thenComparingLong(BloodTest::id))
                .forEach(draw -> measures.forEach(m -> draw.result(m.test().id()).ifPresent(r ->
                        rows.add(new LabRow(draw.drawnAt().atZone(zone), draw.id(),
                                bands.on(draw.drawnAt().toLocalDate()), m.test(), r)))));
        return List.copyOf(rows);
    }
}
