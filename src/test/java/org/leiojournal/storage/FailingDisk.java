package org.leiojournal.storage;

import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Makes an open journal refuse writes as a full disk or a folder turned read-only does, through SQLite itself:
 * {@code max_page_count} stops the file growing (after a VACUUM packs its pages, so a write of more than a page
 * needs a new one), {@code query_only} refuses every write as a read-only file does. {@link #healthy} lifts both.
 */
public final class FailingDisk {

    private FailingDisk() {
    }

    public static void full(JournalStore store) {
        database(store).read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
                try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getLong(1));
                }
            }
            return null;
        });
    }

    public static void readOnly(JournalStore store) {
        pragma(store, "PRAGMA query_only = 1");
    }

    public static void healthy(JournalStore store) {
        pragma(store, "PRAGMA query_only = 0");
        pragma(store, "PRAGMA max_page_count = 1073741823");
    }

    private static void pragma(JournalStore store, String sql) {
        database(store).read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    private static Database database(JournalStore store) {
        try {
            Field db = JournalStore.class.getDeclaredField("db");
            db.setAccessible(true);
            return (Database) db.get(store);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
