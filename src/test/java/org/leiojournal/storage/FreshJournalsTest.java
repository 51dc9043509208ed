package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;

/** The window tests' new journals are copies: each must be the journal a first start makes, schema and rows. */
class FreshJournalsTest {

    @TempDir
    Path made;

    @TempDir
    Path copied;

    @Test
    void aCopiedJournalIsTheOneAFirstStartMakes() throws Exception {
        JournalStore.open(made, TestClocks.SUNDAY).close();
        FreshJournals.open(copied, TestClocks.SUNDAY).close();
        assertEquals(contents(made), contents(copied));
        assertNotEquals(calendarId(made), calendarId(copied), "each journal's calendar has an id of its own");
    }

    private static String calendarId(Path folder) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(JournalStore.FILE_NAME));
                Statement s = c.createStatement(); ResultSet id = s.executeQuery("SELECT calendar_uid FROM profile")) {
            return id.getString(1);
        }
    }

    @Test
    void eachCopyIsAJournalOfItsOwn() throws Exception {
        try (JournalStore first = FreshJournals.open(made, TestClocks.SUNDAY)) {
            first.profile().save(first.profile().load().withWelcomeCompleted());
        }
        try (JournalStore second = FreshJournals.open(copied, TestClocks.SUNDAY)) {
            assertEquals(false, second.profile().load().welcomeCompleted(), "nothing of the first journal in it");
        }
    }

    /** The schema version, every table's, index's and trigger's definition and every table's rows, in a fixed order. */
    private static List<String> contents(Path folder) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(JournalStore.FILE_NAME));
                Statement s = c.createStatement()) {
            try (ResultSet version = s.executeQuery("PRAGMA user_version")) {
                lines.add("version " + version.getInt(1));
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet schema = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (schema.next()) {
                    lines.add(schema.getString(1) + " " + schema.getString(2) + ": " + schema.getString(3));
                    if ("table".equals(schema.getString(1))) {
                        tables.add(schema.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rows = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    var columns = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            // the calendar's id is random, made for each journal (checked above)
                            boolean random = "calendar_uid".equals(columns.getColumnName(i));
                            row.append(" | ").append(random ? "(random)" : rows.getString(i));
                        }
                        lines.add(row.toString());
                    }
                }
            }
        }
        return lines;
    }
}
