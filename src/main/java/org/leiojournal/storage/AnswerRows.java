package org.leiojournal.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers of many check-ins as three arrays of numbers, by check-in id then item id: a map of boxed numbers for
 * each of ten years' 3,650 entries, all alive until the last entry was built, was the largest part of reading the
 * journal and set off collections that froze the window (issue 21). Each entry's map is made as the entry is built.
 */
final class AnswerRows {

    private long[] checkIns = new long[256];
    private long[] items = new long[256];
    private int[] values = new int[256];
    private int size;

    private AnswerRows() {
    }

    /** The answers of every entry matching {@code where}. */
    static AnswerRows read(Connection c, String where, Object... params) throws SQLException {
        AnswerRows rows = new AnswerRows();
        try (var s = c.prepareStatement("SELECT check_in_id, item_id, value FROM check_in_answer "
                + "WHERE check_in_id IN (SELECT id FROM check_in WHERE " + where + ") ORDER BY check_in_id, item_id")) {
            Sql.bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1), rs.getLong(2), rs.getInt(3));
                }
            }
        }
        return rows;
    }

    private void add(long checkIn, long item, int value) {
        if (size == checkIns.length) {
            checkIns = Arrays.copyOf(checkIns, size * 2);
            items = Arrays.copyOf(items, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        checkIns[size] = checkIn;
        items[size] = item;
        values[size] = value;
        size++;
    }

    /** The entry's answers by item id; empty when it has none. */
    Map<Long, Integer> of(long checkIn) {
        int at = Arrays.binarySearch(checkIns, 0, size, checkIn);
        if (at < 0) {
            return Map.of();
        }
        while (at > 0 && checkIns[at - 1] == checkIn) {
            at--;
        }
        Map<Long, Integer> answers = new TreeMap<>();
        for (int i = at; i < size && checkIns[i] == checkIn; i++) {
            answers.put(items[i], values[i]);
        }
        return answers;
    }
}
