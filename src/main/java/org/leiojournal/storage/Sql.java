package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plain JDBC every repository needs, written once: run a query and read each row, insert or update a row by its
 * id, bind parameters in order. Parameters are Strings, Longs, Integers, Booleans (stored 1/0) or null; anything
 * else (a date, a decimal) is turned into its stored text by the caller, so the format stays visible there.
 */
final class Sql {

    /** Reads the current row of a result set into one value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /** Every row the query returns, in its order. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                List<T> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(row.read(rs));
                }
                return values;
            }
        }
    }

    /** The first row the query returns, if any. */
    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The child rows of many parents, by parent: the query's first column is the parent's id, and {@code row}
     * reads the rest. One query for all parents instead of one a parent.
     */
    static <T> Map<Long, List<T>> byParent(Connection c, String sql, Row<T> row, Object... params)
            throws SQLException {
        Map<Long, List<T>> children = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(row.read(rs));
                }
            }
        }
        return children;
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the id SQLite gave the new row. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            return generatedId(s);
        }
    }

    /**
     * Saves a row of {@code table} by its id: id 0 inserts a new row and returns its new id; any other id updates
     * that row and returns the id. An update of a row that is gone (deleted meanwhile) is an error, never a silent
     * no-op. {@code values} are in the order of {@code columns}.
     */
    static long save(Connection c, String table, List<String> columns, long id, Object... values)
            throws SQLException {
        if (id == 0) {
            return insert(c, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")", values);
        }
        Object[] withId = java.util.Arrays.copyOf(values, values.length + 1);
        withId[values.length] = id;
        int rows = update(c, "UPDATE " + table + " SET " + columns.stream().map(col -> col + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ?", withId);
        if (rows != 1) {
            throw new SQLException("row " + id + " no longer exists");
        }
        return id;
    }

    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated");
            }
            return keys.getLong(1);
        }
    }

    /** Binds {@code params} to the statement's ? marks, first to last. */
    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) {
                s.setNull(at, Types.NULL);
            } else if (p instanceof String text) {
                s.setString(at, text);
            } else if (p instanceof Long number) {
                s.setLong(at, number);
            } else if (p instanceof Integer number) {
                s.setInt(at, number);
            } else if (p instanceof Boolean flag) {
                s.setInt(at, flag ? 1 : 0);
            } else {
                throw new SQLException("cannot store a " + p.getClass().getSimpleName() + " as it is: give its text");
            }
        }
    }

    /** An optional integer column: wasNull must be asked right after the column's own read. */
    static Optional<Integer> optionalInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** An optional whole-number column too wide for an int. */
    static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
