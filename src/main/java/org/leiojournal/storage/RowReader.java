package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads every table into {@link JournalRows}: references as uids, rows in each table's deterministic order. */
final class RowReader {

    private RowReader() {
    }

    static JournalRows read(Connection c) throws SQLException {
        JournalRows rows = new JournalRows();
        for (JournalTable table : JournalTables.all()) {
            try (var s = c.prepareStatement(select(table)); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(table, row(table, rs));
                }
            }
        }
        return rows;
    }

    static Map<String, Integer> sizes(Connection c) throws SQLException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (JournalTable table : JournalTables.all()) {
            try (var s = c.prepareStatement("SELECT count(*) FROM " + table.name()); ResultSet rs = s.executeQuery()) {
                sizes.put(table.name(), rs.next() ? rs.getInt(1) : 0);
            }
        }
        return sizes;
    }

    static String select(JournalTable table) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(expression(column));
        }
        List<String> order = new ArrayList<>();
        for (String term : table.order()) {
            order.add(table.hasColumn(term) ? expression(table.column(term)) : term);
        }
        return "SELECT " + String.join(", ", columns) + " FROM " + table.name() + " t"
                + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order));
    }

    /** A reference is read as the uid of the row it names, never as the journal's own integer id. */
    private static String expression(Column column) {
        return column.isReference()
                ? "(SELECT uid FROM " + column.target() + " WHERE id = t." + column.sqlName() + ")"
                : "t." + column.sqlName();
    }

    private static JournalRow row(JournalTable table, ResultSet rs) throws SQLException {
        List<Object> values = new ArrayList<>(table.columns().size());
        for (int i = 0; i < table.columns().size(); i++) {
            values.add(value(table.columns().get(i).type(), rs, i + 1));
        }
        return new JournalRow(values);
    }

    private static Object value(ColumnType type, ResultSet rs, int index) throws SQLException {
        return switch (type) {
            case INTEGER -> {
                long n = rs.getLong(index);
                yield rs.wasNull() ? null : n;
            }
            case BOOLEAN -> {
                int n = rs.getInt(index);
                yield rs.wasNull() ? null : n == 1;
            }
            default -> rs.getString(index);
        };
    }
}
