package org.leiojournal.transfer;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.storage.RowProblem;

/**
 * The first reason a file was not imported: where (the place in the file when known, then table, row and column
 * when known) and why, in plain words.
 */
public record ImportProblem(String place, String table, int row, String column, String why) {

    static ImportProblem at(String place, String why) {
        return new ImportProblem(place, null, 0, null, why);
    }

    /** "line 12, column 7; check_in, row 3, day" — or "" when the problem is the file as a whole. */
    public String where() {
        List<String> parts = new ArrayList<>();
        if (place != null) {
            parts.add(place);
        }
        if (table != null) {
            parts.add(RowProblem.location(table, row, column));
        }
        return String.join("; ", parts);
    }

    /** Where and why in one line, for the command line and the result message. */
    public String message() {
        String where = where();
        return where.isEmpty() ? why : where + ": " + why;
    }
}
