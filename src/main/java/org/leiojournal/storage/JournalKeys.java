package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The stable ids a journal holds before an import: the uids of each table, which singletons it has, and the
 * values of columns that must stay unique (with the uid of the row holding each). A merge judges a file by them.
 */
final class JournalKeys {

    /** The keys of an empty journal: what a replace judges references against. */
    static final JournalKeys NONE = new JournalKeys(Map.of(), Set.of(), Map.of());

    private final Map<String, Set<String>> uids;
    private final Set<String> singletons;
    private final Map<String, Map<String, String>> unique;

    private JournalKeys(Map<String, Set<String>> uids, Set<String> singletons,
                        Map<String, Map<String, String>> unique) {
        this.uids = uids;
        this.singletons = singletons;
        this.unique = unique;
    }

    static JournalKeys read(Connection c) throws SQLException {
        Map<String, Set<String>> uids = new HashMap<>();
        Set<String> singletons = new HashSet<>();
        Map<String, Map<String, String>> unique = new HashMap<>();
        for (JournalTable table : JournalTables.all()) {
            switch (table.keyKind()) {
                case UID -> uids.put(table.name(), strings(c, "SELECT uid FROM " + table.name()));
                case SINGLETON -> {
                    if (!strings(c, "SELECT id FROM " + table.name()).isEmpty()) {
                        singletons.add(table.name());
                    }
                }
                case NATURAL -> { }
            }
            for (Column column : table.columns()) {
                if (column.unique()) {
                    unique.put(table.name() + "." + column.name(), pairs(c, "SELECT " + column.sqlName() + ", uid FROM "
                            + table.name() + " WHERE " + column.sqlName() + " IS NOT NULL"));
                }
            }
        }
        return new JournalKeys(uids, singletons, unique);
    }

    boolean hasUid(String table, String uid) {
        return uids.getOrDefault(table, Set.of()).contains(uid);
    }

    boolean hasSingleton(String table) {
        return singletons.contains(table);
    }

    /** The uid of the journal's row whose unique {@code column} holds {@code value}, or null. */
    String uidHolding(JournalTable table, Column column, String value) {
        return unique.getOrDefault(table.name() + "." + column.name(), Map.of()).get(value);
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (var s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Map<String, String> pairs(Connection c, String sql) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (var s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }
}
