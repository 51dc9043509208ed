package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The description export files are made from matches the journal's schema, table by table and column by column:
 * a migration that adds a table or column fails here until {@link JournalTables} describes it, so no export can
 * silently leave data behind.
 */
class JournalTablesTest extends OpenJournalTest {

    private List<Map<String, Object>> pragma(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void everyTableOfTheJournalIsDescribedAndNothingElse() throws Exception {
        Set<String> inJournal = pragma("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%'").stream().map(r -> (String) r.get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = JournalTables.all().stream().map(JournalTable::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inJournal, described);
    }

    @Test
    void everyColumnIsDescribedExceptTheIntegerIdAndNullsMatchTheSchema() throws Exception {
        for (JournalTable table : JournalTables.all()) {
            Map<String, Boolean> notNull = new HashMap<>();
            for (Map<String, Object> column : pragma("PRAGMA table_info(" + table.name() + ")")) {
                // An INTEGER PRIMARY KEY is the row id: never null, though the schema does not say NOT NULL.
                notNull.put((String) column.get("name"), ((Number) column.get("notnull")).intValue() == 1
                        || ((Number) column.get("pk")).intValue() > 0);
            }
            Set<String> described = table.columns().stream().map(Column::sqlName)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (table.hasIntegerId()) {
                described.add("id");
            }
            assertEquals(new TreeSet<>(notNull.keySet()), described, table.name());
            for (Column column : table.columns()) {
                if (!column.name().equals("uid")) {
                    // A uid column allows null in SQL (it was added by ALTER TABLE) but a trigger always fills it.
                    assertEquals(notNull.get(column.sqlName()), !column.nullable(), table.name() + "." + column.name());
                }
            }
        }
    }

    @Test
    void referencesAreTheSchemasForeignKeysAndRowsAreOrderedByWhatTheyHold() throws Exception {
        for (JournalTable table : JournalTables.all()) {
            Map<String, String> foreign = new HashMap<>();
            for (Map<String, Object> key : pragma("PRAGMA foreign_key_list(" + table.name() + ")")) {
                foreign.put((String) key.get("from"), (String) key.get("table"));
            }
            Map<String, String> described = table.columns().stream().filter(Column::isReference)
                    .collect(Collectors.toMap(Column::sqlName, Column::target));
            assertEquals(foreign, described, table.name());
            if (table.keyKind() != JournalTable.KeyKind.SINGLETON) {
                assertTrue(table.order().containsAll(table.key()), table.name() + ": the order ends on its stable key, "
                        + "so it never depends on integer ids");
            }
            assertTrue(table.order().stream().noneMatch(term -> term.matches("(t\\.)?id")), table.name());
        }
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        List<String> names = JournalTables.all().stream().map(JournalTable::name).toList();
        for (JournalTable table : JournalTables.all()) {
            for (Column column : table.columns()) {
                if (column.isReference()) {
                    assertTrue(names.indexOf(column.target()) < names.indexOf(table.name()),
                            column.target() + " before " + table.name());
                }
            }
        }
    }
}
