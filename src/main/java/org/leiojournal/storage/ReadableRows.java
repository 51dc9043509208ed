package org.leiojournal.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds each imported check-in and alert with the code that reads them from the journal, from the rows in memory
 * and before anything is written: a row the app could not read (a temperature outside 34–43 °C, a note too long)
 * is refused by its number. The two biggest tables of a journal are checked this way instead of being read back
 * from SQLite after the write, which cost an import of ten years about a fifth of its time (issue 21).
 */
final class ReadableRows {

    private ReadableRows() {
    }

    /** The first row of either table the app could not read; rows a merge keeps from the journal are skipped. */
    static Optional<RowProblem> firstProblem(JournalRows rows, JournalKeys journal) {
        Optional<RowProblem> problem = table(rows, journal, "check_in", ReadableRows::checkIn);
        return problem.isPresent() ? problem : table(rows, journal, "alert", ReadableRows::alert);
    }

    private static Optional<RowProblem> table(JournalRows rows, JournalKeys journal, String name,
                                              Function<Values, Object> read) {
        JournalTable table = JournalTables.named(name).orElseThrow();
        int uid = table.index("uid");
        Values values = new Values(table);
        List<JournalRow> list = rows.of(table);
        for (int i = 0; i < list.size(); i++) {
            JournalRow row = list.get(i);
            if (journal.hasUid(name, row.text(uid))) {
                continue; // a merge keeps the journal's own row, which was read when it was saved
            }
            try {
                read.apply(values.of(row));
            } catch (RuntimeException e) {
                return Optional.of(new RowProblem(name, i + 1, null, "the app could not read this row ("
                        + ReadBack.rootReason(e) + ")"));
            }
        }
        return Optional.empty();
    }

    /** Answers and signs are rows of their own, whose values the column checks hold (an answer is 0 or more). */
    private static Object checkIn(Values v) {
        return CheckInRepository.entry(0, v.text("uid"), v.text("recorded_at"), v.text("zone"),
                v.text("recorder_role"), v.text("recorder_name"), v.text("other_problem"), v.text("temperature_value"),
                v.text("temperature_unit"), v.text("weight_value"), v.text("weight_unit"), v.text("note"), Map.of(),
                Set.of());
    }

    private static Object alert(Values v) {
        return AlertRepository.alert(0, 0, v.text("rule_id"), v.text("subject_type"), v.text("subject_code"),
                v.text("observed"), v.text("threshold"), v.text("reference"), v.text("seen_at"), v.text("zone"),
                v.text("acknowledged_at"), v.text("acknowledged_note"));
    }

    /** One row at a time, its values by column name (the names looked up once per table, not once per row). */
    private static final class Values {
        private final JournalTable table;
        private final Map<String, Integer> index = new HashMap<>();
        private JournalRow row;

        Values(JournalTable table) {
            this.table = table;
        }

        Values of(JournalRow row) {
            this.row = row;
            return this;
        }

        String text(String column) {
            return row.text(index.computeIfAbsent(column, table::index));
        }
    }
}
