package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one delete took out of the journal: the record's row and every row that hangs off it (found from the
 * schema's foreign keys, so a table added by a later migration is covered without a change here): a check-in's
 * answers, ticked signs and alerts with their acknowledgement and note; an appointment's preparation, questions and
 * reminder states. {@link #restore()} puts them all back exactly, ids and uids included, in one transaction: the one
 * undo every delete shares.
 */
public final class Deleted {

    /** {@code parents}: which of the columns refer to the integer id of which table. */
    private record Rows(String table, List<String> columns, List<Object[]> values, Map<String, String> parents) { }

    private final Database db;
    private final List<Rows> rows;

    private Deleted(Database db, List<Rows> rows) {
        this.db = db;
        this.rows = List.copyOf(rows);
    }

    /**
     * Deletes the rows of {@code table} that {@code where} selects (a condition with ? placeholders), with all that
     * hangs off them, in one transaction, and keeps a copy for {@link #restore()}.
     */
    static Deleted delete(Database db, String table, String where, Object... arguments) {
        return db.inTransaction(c -> {
            List<Rows> taken = new ArrayList<>();
            copy(c, table, "SELECT * FROM " + table + " WHERE " + where, arguments, Map.of(), taken);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE " + where)) {
                bind(s, arguments);
                s.executeUpdate(); // ON DELETE CASCADE removes the rows copied from the tables that hang off it
            }
            return new Deleted(db, taken);
        });
    }

    /** True when the delete found nothing to take (the record was already gone). */
    public boolean isEmpty() {
        return rows.stream().allMatch(r -> r.values().isEmpty());
    }

    /**
     * Puts every row back as it was; all or nothing. A row whose integer id has since been given to a new record
     * (SQLite reuses the highest id) comes back under a fresh id, and the rows hanging off it follow; its uid, by
     * which exports and the rest of the app know it, stays the same.
     */
    public void restore() {
        db.inTransaction(c -> {
            Map<String, Map<Object, Object>> moved = new HashMap<>();
            for (Rows r : rows) {
                int id = r.columns().indexOf("id");
                String sql = "INSERT INTO " + r.table() + " (" + String.join(", ", r.columns()) + ") VALUES ("
                        + String.join(", ", r.columns().stream().map(x -> "?").toList()) + ")";
                try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                    for (Object[] original : r.values()) {
                        Object[] values = original.clone();
                        r.parents().forEach((column, parent) -> {
                            int at = r.columns().indexOf(column);
                            values[at] = moved.getOrDefault(parent, Map.of()).getOrDefault(values[at], values[at]);
                        });
                        boolean taken = id >= 0 && exists(c, r.table(), values[id]);
                        if (taken) {
                            values[id] = null;
                        }
                        bind(s, values);
                        s.executeUpdate();
                        if (taken) {
                            moved.computeIfAbsent(r.table(), t -> new HashMap<>())
                                    .put(original[id], Sql.generatedId(s));
                        }
                    }
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection c, String table, Object id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Copies the selected rows, then (children after their parent) the rows of every table that refers to them. */
    private static void copy(Connection c, String table, String select, Object[] arguments,
                             Map<String, String> parents, List<Rows> into) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(select)) {
            bind(s, arguments);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    values.add(row);
                }
            }
        }
        into.add(new Rows(table, columns, values, parents));
        if (values.isEmpty()) {
            return;
        }
        for (Reference ref : referencesTo(c, table)) {
            String parentKeys = select.replaceFirst("^SELECT \\* ", "SELECT " + ref.parentColumn() + " ");
            copy(c, ref.child(), "SELECT * FROM " + ref.child() + " WHERE " + ref.childColumn() + " IN ("
                    + parentKeys + ")", arguments, Map.of(ref.childColumn(), table), into);
        }
    }

    private record Reference(String child, String childColumn, String parentColumn) { }

    private static List<Reference> referencesTo(Connection c, String parent) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<Reference> references = new ArrayList<>();
        for (String child : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + child + ")")) {
                while (rs.next()) {
                    if (rs.getString("table").equalsIgnoreCase(parent)) {
                        String to = rs.getString("to");
                        references.add(new Reference(child, rs.getString("from"), to == null ? "id" : to));
                    }
                }
            }
        }
        return references;
    }

    private static void bind(PreparedStatement s, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
