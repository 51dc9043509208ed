package org.leiojournal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.RowProblem;

/**
 * Where each row and each of its values began in the file, so that a problem found after reading (a duplicate
 * id, a reference to nothing) can still say "line 340, column 18".
 */
final class RowLocations {

    /** Per table, per row: the row's start, then each column's value, as line and column packed in one long. */
    private final Map<String, List<long[]>> tables = new HashMap<>();

    long[] newRow(JournalTable table, int line, int column) {
        long[] row = new long[table.columns().size() + 1];
        row[0] = pack(line, column);
        tables.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(row);
        return row;
    }

    static void value(long[] row, int index, int line, int column) {
        row[index + 1] = pack(line, column);
    }

    /** The place of a problem's value (or of its row when no column is named); null when the row is unknown. */
    String placeOf(RowProblem problem, JournalTable table) {
        List<long[]> rows = tables.get(problem.table());
        if (rows == null || problem.row() < 1 || problem.row() > rows.size()) {
            return null;
        }
        long[] row = rows.get(problem.row() - 1);
        long packed = row[0];
        if (problem.column() != null && table.hasColumn(problem.column())) {
            long value = row[table.index(problem.column()) + 1];
            packed = value != 0 ? value : packed;
        }
        return "line " + (packed >>> 32) + ", column " + (packed & 0xffffffffL);
    }

    private static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }
}
