package org.leiojournal.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of every table of a journal, in {@link JournalTables} order: what an export writes and an import reads.
 * Rows keep the order they were added in (for an export, the deterministic order of {@link JournalTable#order()};
 * for an import, the order of the file), so a problem can name a row by its number.
 */
public final class JournalRows {

    /** By table name: a table is a record of lists, slow to hash for every one of an import's rows. */
    private final Map<String, List<JournalRow>> tables = new LinkedHashMap<>();

    /** Every value was checked against its column as it was read (the JSON reader does, to name its place). */
    private boolean valuesChecked;

    public JournalRows() {
        for (JournalTable table : JournalTables.all()) {
            tables.put(table.name(), new ArrayList<>());
        }
    }

    public void add(JournalTable table, JournalRow row) {
        if (row.values().size() != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " has " + table.columns().size() + " columns, not "
                    + row.values().size());
        }
        rows(table).add(row);
    }

    /** The rows of one table, in order; the list is this object's own. */
    public List<JournalRow> of(JournalTable table) {
        return List.copyOf(rows(table));
    }

    /**
     * Says that every value added was checked with {@link Column#problemWith} as it was read, so the import's
     * check of the whole set does not check each value a second time (issue 21: half of the checks' time).
     */
    public void valuesChecked() {
        valuesChecked = true;
    }

    boolean areValuesChecked() {
        return valuesChecked;
    }

    /** How many rows in all tables. */
    public int size() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    private List<JournalRow> rows(JournalTable table) {
        List<JournalRow> rows = tables.get(table.name());
        if (rows == null) {
            throw new IllegalArgumentException("not a journal table: " + table.name());
        }
        return rows;
    }
}
