package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC every repository shares, on a real SQLite file. */
class SqlTest {

    private static final List<String> COLUMNS = List.of("name", "n", "flag");

    @TempDir
    Path folder;

    @Test
    void aRowSavedByIdIsInsertedWhenNewUpdatedWhenSavedAndAnUpdateOfAGoneRowIsAnError() {
        try (Database db = Database.open(folder.resolve("t.sqlite"))) {
            db.inTransaction(c -> Sql.update(c, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, "
                    + "flag INTEGER)"));

            long id = db.inTransaction(c -> Sql.save(c, "t", COLUMNS, 0, "first", null, true));
            assertEquals(List.of("first|null|1"), rows(db), "id 0 inserts; null and a boolean are stored as such");

            assertEquals(id, (long) db.inTransaction(c -> Sql.save(c, "t", COLUMNS, id, "second", 7, false)));
            assertEquals(List.of("second|7|0"), rows(db), "a saved id updates its row, no second row");

            assertThrows(StorageException.class,
                    () -> db.inTransaction(c -> Sql.save(c, "t", COLUMNS, id + 1, "gone", 1, false)),
                    "an update of a row that is gone fails instead of saving nothing");
            assertEquals(List.of("second|7|0"), rows(db));
        }
    }

    @Test
    void childRowsAreGroupedByTheirParentAndAMissingRowIsEmpty() {
        try (Database db = Database.open(folder.resolve("t.sqlite"))) {
            db.inTransaction(c -> Sql.update(c, "CREATE TABLE child (parent INTEGER, text TEXT)"));
            db.inTransaction(c -> Sql.update(c, "INSERT INTO child VALUES (1, 'a'), (2, 'b'), (1, 'c')"));

            assertEquals(Map.of(1L, List.of("a", "c"), 2L, List.of("b")), db.read(c -> Sql.byParent(c,
                    "SELECT parent, text FROM child ORDER BY parent, text", rs -> rs.getString(2))));
            assertEquals(Optional.empty(), db.read(c -> Sql.first(c, "SELECT text FROM child WHERE parent = ?",
                    rs -> rs.getString(1), 3L)));
        }
    }

    @Test
    void aValueWithoutAStoredTextIsRefusedSoItsFormatIsChosenWhereItIsWritten() {
        try (Database db = Database.open(folder.resolve("t.sqlite"))) {
            db.inTransaction(c -> Sql.update(c, "CREATE TABLE t (day TEXT)"));
            assertThrows(StorageException.class, () -> db.inTransaction(c -> Sql.update(c,
                    "INSERT INTO t (day) VALUES (?)", LocalDate.of(2026, 11, 22))));
            assertEquals(List.of(), db.read(c -> Sql.list(c, "SELECT day FROM t", rs -> rs.getString(1))));
        }
    }

    private static List<String> rows(Database db) {
        return db.read(c -> Sql.list(c, "SELECT name, n, flag FROM t ORDER BY id",
                rs -> rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getInt(3)));
    }
}
