package org.leiojournal.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole set of rows before any is written, table by table and row by row, and names the first problem:
 * a value that does not fit its column, two rows with the same stable id, a reference to a row that is neither in
 * the set nor (for a merge) in the journal, a second singleton, a missing profile.
 */
final class RowSetCheck {

    private final JournalRows rows;
    private final JournalKeys journal;
    /** The uids of each table in the set, found before any row is judged: a reference may point forward. */
    private final Map<String, Set<String>> uids = new HashMap<>();

    private RowSetCheck(JournalRows rows, JournalKeys journal) {
        this.rows = rows;
        this.journal = journal;
        for (JournalTable table : JournalTables.all()) {
            if (table.keyKind() == JournalTable.KeyKind.UID) {
                Set<String> found = new HashSet<>();
                int uid = table.index("uid");
                rows.of(table).forEach(row -> found.add(String.valueOf(row.get(uid))));
                uids.put(table.name(), found);
            }
        }
    }

    /** {@code journal} holds the keys already in the journal for a merge, {@link JournalKeys#NONE} for a replace. */
    static Optional<RowProblem> firstProblem(JournalRows rows, JournalKeys journal) {
        RowSetCheck check = new RowSetCheck(rows, journal);
        for (JournalTable table : JournalTables.all()) {
            Optional<RowProblem> problem = check.table(table);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<RowProblem> table(JournalTable table) {
        List<JournalRow> list = rows.of(table);
        if (table.name().equals("profile") && list.isEmpty()) {
            return Optional.of(new RowProblem(table.name(), 0, null, "there is no profile row (a journal has one)"));
        }
        if (table.keyKind() == JournalTable.KeyKind.SINGLETON && list.size() > 1) {
            return Optional.of(new RowProblem(table.name(), 2, null, "there can be only one " + table.name()
                    + " row"));
        }
        Map<Object, Integer> keys = new HashMap<>();
        Map<String, Map<Object, Integer>> unique = new HashMap<>();
        // decided once per table, not once per row: a row of a singleton's table when there is no singleton
        boolean ownerMissing = table.keyKind() == JournalTable.KeyKind.NATURAL && isSingleton(table.owner())
                && rows.of(JournalTables.named(table.owner()).orElseThrow()).isEmpty()
                && !journal.hasSingleton(table.owner());
        Seen seen = new Seen(table.key().stream().mapToInt(table::index).toArray(), keys, unique);
        for (int i = 0; i < list.size(); i++) {
            Optional<RowProblem> problem = row(table, list.get(i), i + 1, seen, ownerMissing);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** What the rows before this one hold: their keys (by the key's columns) and their unique values. */
    private record Seen(int[] keyColumns, Map<Object, Integer> keys, Map<String, Map<Object, Integer>> unique) {
    }

    private Optional<RowProblem> row(JournalTable table, JournalRow row, int number, Seen seen, boolean ownerMissing) {
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            Optional<String> reason = rows.areValuesChecked() ? Optional.empty() : column.problemWith(row.get(c));
            if (reason.isEmpty() && column.isReference()) {
                reason = reference(column, row.text(c));
            }
            if (reason.isEmpty() && column.unique() && row.get(c) != null) {
                reason = unique(table, column, row, number, seen.unique().computeIfAbsent(column.name(),
                        k -> new HashMap<>()));
            }
            if (reason.isPresent()) {
                return Optional.of(new RowProblem(table.name(), number, column.name(), reason.get()));
            }
        }
        if (table.keyKind() != JournalTable.KeyKind.SINGLETON) {
            List<Object> key = new ArrayList<>(seen.keyColumns().length);
            for (int k : seen.keyColumns()) {
                key.add(row.get(k));
            }
            // a one-column key (a uid) is its own map key: no list to hash for each of the journal's rows
            Integer earlier = seen.keys().putIfAbsent(key.size() == 1 ? key.get(0) : key, number);
            if (earlier != null) {
                String column = table.key().size() == 1 ? table.key().get(0) : null;
                return Optional.of(new RowProblem(table.name(), number, column, "row " + earlier + " has the same "
                        + String.join(", ", table.key()) + " (" + describe(key) + "); each may appear once"));
            }
        }
        if (ownerMissing) {
            return Optional.of(new RowProblem(table.name(), number, null, "belongs to a " + table.owner()
                    + ", and there is none"));
        }
        return Optional.empty();
    }

    private Optional<String> reference(Column column, String uid) {
        if (uids.getOrDefault(column.target(), Set.of()).contains(uid) || journal.hasUid(column.target(), uid)) {
            return Optional.empty();
        }
        return Optional.of("names " + column.target() + " \"" + uid + "\", which is "
                + (journal == JournalKeys.NONE ? "not among the imported rows" : "neither imported nor in the journal"));
    }

    private Optional<String> unique(JournalTable table, Column column, JournalRow row, int number,
                                    Map<Object, Integer> seen) {
        Object value = row.get(table.index(column.name()));
        Integer earlier = seen.putIfAbsent(value, number);
        if (earlier != null) {
            return Optional.of("row " + earlier + " has the same " + column.name() + " (" + value + ")");
        }
        String holder = journal.uidHolding(table, column, String.valueOf(value));
        if (holder != null && !holder.equals(row.get(table.index("uid")))) {
            return Optional.of("the journal already has another " + table.name() + " with " + column.name() + " "
                    + value);
        }
        return Optional.empty();
    }

    private static boolean isSingleton(String table) {
        return JournalTables.named(table).map(t -> t.keyKind() == JournalTable.KeyKind.SINGLETON).orElse(false);
    }

    private static String describe(List<Object> key) {
        List<String> parts = new ArrayList<>();
        key.forEach(value -> parts.add(String.valueOf(value)));
        return String.join(", ", parts);
    }
}
