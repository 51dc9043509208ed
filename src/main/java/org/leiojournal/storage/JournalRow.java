package org.leiojournal.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a {@link JournalTable}: a value per column, in the table's column order. Values are {@link Long},
 * {@link Boolean}, {@link String} or null (see {@link ColumnType}); references hold the other row's uid.
 */
public record JournalRow(List<Object> values) {

    public JournalRow {
        // List.copyOf refuses nulls, and a missing value is null.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public Object get(int column) {
        return values.get(column);
    }

    /** The value of a text-like column (uid, reference, date…); null when the row has none. */
    public String text(int column) {
        return (String) values.get(column);
    }
}
