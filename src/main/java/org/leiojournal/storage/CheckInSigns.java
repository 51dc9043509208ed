package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The warning signs ticked on check-ins: one row per entry and sign code. */
final class CheckInSigns {

    private CheckInSigns() {
    }

    /** The signs of every entry matching {@code where}, by entry id; entries without signs are absent. */
    static Map<Long, Set<String>> read(Connection c, String where, Object... params) throws SQLException {
        Map<Long, Set<String>> signs = new HashMap<>();
        try (var s = c.prepareStatement("SELECT check_in_id, sign FROM check_in_sign "
                + "WHERE check_in_id IN (SELECT id FROM check_in WHERE " + where + ")")) {
            Sql.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    signs.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return signs;
    }

    /** Replaces the signs of one entry. */
    static void write(Connection c, long checkInId, Set<String> signs) throws SQLException {
        Sql.update(c, "DELETE FROM check_in_sign WHERE check_in_id = ?", checkInId);
        try (var s = c.prepareStatement("INSERT INTO check_in_sign (check_in_id, sign) VALUES (?, ?)")) {
            for (String sign : signs) {
                Sql.bind(s, checkInId, sign);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
