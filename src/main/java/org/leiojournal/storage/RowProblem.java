package org.leiojournal.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a set of rows cannot be imported: in which table, which row (counted from 1 in the order given; 0 when the
 * table as a whole is meant), which column (null when the row as a whole is meant), and why, in plain words.
 */
public record RowProblem(String table, int row, String column, String reason) {

    public RowProblem {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<String> columnName() {
        return Optional.ofNullable(column);
    }

    /** "check_in, row 12, day: should be a date…", without any place in a file. */
    public String describe() {
        return location(table, row, column) + ": " + reason;
    }

    /** "check_in, row 12, day": the row left out when 0, the column when null. */
    public static String location(String table, int row, String column) {
        StringBuilder text = new StringBuilder(table);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null) {
            text.append(", ").append(column);
        }
        return text.toString();
    }
}
