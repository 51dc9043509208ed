package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes checked rows inside the caller's transaction: a replace empties every table first; a merge skips what the
 * journal already had ({@code before}). References are turned from uids back into the journal's integer ids.
 */
final class RowWriter {

    private final Connection c;
    private final JournalKeys before;
    private final boolean merge;
    /** uid to integer id, per table that other tables refer to: the journal's rows and those written so far. */
    private final Map<String, Map<String, Long>> ids = new HashMap<>();

    private RowWriter(Connection c, JournalKeys before, boolean merge) {
        this.c = c;
        this.before = before;
        this.merge = merge;
    }

    /** Returns how many rows of each table were added and how many were already there. */
    static Map<String, ImportResult.Count> write(Connection c, JournalRows rows, ImportMode mode, JournalKeys before)
            throws SQLException {
        RowWriter writer = new RowWriter(c, before, mode == ImportMode.MERGE);
        if (mode == ImportMode.REPLACE) {
            writer.empty();
        }
        Map<String, ImportResult.Count> counts = new LinkedHashMap<>();
        for (JournalTable table : JournalTables.all()) {
            counts.put(table.name(), writer.table(table, rows.of(table)));
        }
        return counts;
    }

    /** Children first, so no row is left pointing at a deleted one. */
    private void empty() throws SQLException {
        List<JournalTable> tables = new ArrayList<>(JournalTables.all());
        java.util.Collections.reverse(tables);
        try (Statement s = c.createStatement()) {
            for (JournalTable table : tables) {
                s.executeUpdate("DELETE FROM " + table.name());
            }
        }
    }

    /**
     * The table's rows to add go in one batch, each with the next integer id given here rather than read back
     * from SQLite row by row (issue 21). No savepoint: one made SQLite copy every page it changed (the alerts'
     * write took four times as long), and a failed batch fails the whole import, which rolls back anyway.
     */
    private ImportResult.Count table(JournalTable table, List<JournalRow> rows) throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        boolean givesIds = table.keyKind() == JournalTable.KeyKind.UID;
        long nextId = givesIds ? firstFreeId(table) : 0;
        Map<String, Long> own = givesIds ? ids(table.name()) : null;
        int uidColumn = givesIds ? table.index("uid") : -1;
        long rowsBefore = count(table);
        try (PreparedStatement s = c.prepareStatement(insert(table))) {
            for (int i = 0; i < rows.size(); i++) {
                JournalRow row = rows.get(i);
                if (merge && alreadyThere(table, row)) {
                    continue;
                }
                bind(s, table, row);
                if (givesIds) {
                    s.setLong(table.columns().size() + 1, nextId);
                    own.put(row.text(uidColumn), nextId++);
                }
                s.addBatch();
                numbers.add(i + 1);
            }
            try {
                s.executeBatch();
            } catch (SQLException e) {
                throw new RejectedRow(new RowProblem(table.name(), refusedRow(table, numbers, rowsBefore), null,
                        "the journal refused it (" + SqlReason.of(e) + ")"));
            }
        }
        return new ImportResult.Count(numbers.size(), rows.size() - numbers.size());
    }

    /**
     * The id after every id the table holds or (AUTOINCREMENT) ever gave: an appointment's id is part of its
     * calendar UID, so an id is never given twice, even after a replace emptied the table.
     */
    private long firstFreeId(JournalTable table) throws SQLException {
        long highest = single("SELECT COALESCE(MAX(id), 0) FROM " + table.name());
        if (single("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'") > 0) {
            highest = Math.max(highest, single("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = '"
                    + table.name() + "'"));
        }
        return highest + 1;
    }

    private long count(JournalTable table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + table.name());
    }

    private long single(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    /**
     * A batch stops at the row the journal refuses and keeps the ones before it, so the rows it added say which
     * one that was (its number in the file); 0 when that cannot be told.
     */
    private int refusedRow(JournalTable table, List<Integer> numbers, long rowsBefore) throws SQLException {
        long added = count(table) - rowsBefore;
        return added >= 0 && added < numbers.size() ? numbers.get((int) added) : 0;
    }

    private boolean alreadyThere(JournalTable table, JournalRow row) {
        return switch (table.keyKind()) {
            case UID -> before.hasUid(table.name(), row.text(table.index("uid")));
            case SINGLETON -> before.hasSingleton(table.name());
            case NATURAL -> {
                Column first = table.column(table.key().get(0));
                yield first.isReference() ? before.hasUid(table.owner(), row.text(table.index(first.name())))
                        : before.hasSingleton(table.owner());
            }
        };
    }

    private static String insert(JournalTable table) {
        List<String> names = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (Column column : table.columns()) {
            names.add(column.sqlName());
            marks.add("?");
        }
        if (table.keyKind() == JournalTable.KeyKind.SINGLETON) {
            names.add("id");
            marks.add("1");
        } else if (table.keyKind() == JournalTable.KeyKind.UID) {
            names.add("id");
            marks.add("?");
        }
        return "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", marks) + ")";
    }

    private void bind(PreparedStatement s, JournalTable table, JournalRow row) throws SQLException {
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            Object value = row.get(i);
            if (value == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (column.isReference()) {
                s.setLong(i + 1, id(column.target(), (String) value));
            } else if (value instanceof Boolean b) {
                s.setInt(i + 1, b ? 1 : 0);
            } else if (value instanceof Long n) {
                s.setLong(i + 1, n);
            } else {
                s.setString(i + 1, (String) value);
            }
        }
    }

    private long id(String table, String uid) throws SQLException {
        Long id = ids(table).get(uid);
        if (id == null) {
            throw new SQLException("no " + table + " " + uid);
        }
        return id;
    }

    /** Loaded from the journal on first use: in a merge, imported rows may refer to rows it already had. */
    private Map<String, Long> ids(String table) throws SQLException {
        Map<String, Long> known = ids.get(table);
        if (known == null) {
            known = new HashMap<>();
            try (var s = c.prepareStatement("SELECT uid, id FROM " + table); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), rs.getLong(2));
                }
            }
            ids.put(table, known);
        }
        return known;
    }

    /** Carries a row the journal refused out of the transaction, which rolls back. */
    static final class RejectedRow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RowProblem problem;

        RejectedRow(RowProblem problem) {
            super(problem.describe());
            this.problem = problem;
        }

        RowProblem problem() {
            return problem;
        }
    }
}
