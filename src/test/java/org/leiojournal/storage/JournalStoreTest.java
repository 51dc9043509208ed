package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;

class JournalStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Path folder() {
        return temp.resolve("journal");
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static int userVersion(Path file) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static CheckIn entry(String uid) {
        return new CheckIn(0, uid, ZonedDateTime.of(2026, 3, 30, 8, 0, 0, 0, ZoneId.of("Europe/London")),
                Recorder.PATIENT, Map.of(1L, 4), "", null, null, "before the upgrade");
    }

    @Test
    void newJournalIsCreatedAtTheCurrentVersionWithTheTenEsasItemsAndTwoCounts() throws Exception {
        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            List<SymptomItem> items = store.items().all();
            assertEquals(12, items.size());
            assertEquals(Stream.of(EsasItem.values()).map(EsasItem::label).collect(Collectors.toList()),
                    items.subList(0, 10).stream().map(SymptomItem::displayName).collect(Collectors.toList()));
            assertTrue(items.subList(0, 10).stream().allMatch(SymptomItem::isEsas));
            assertTrue(items.stream().allMatch(SymptomItem::isBuiltIn));
            assertEquals(0, store.checkIns().count());
            assertEquals(folder().resolve(JournalStore.FILE_NAME), store.file());
        }
        assertEquals(Migration.bundled().size(), userVersion(folder().resolve(JournalStore.FILE_NAME)));
        assertEquals(8, userVersion(folder().resolve(JournalStore.FILE_NAME)),
                "V001 foundation, V002 treatment, V003 appointments, V004 alerts, V005 stable ids, V006 date of birth, "
                        + "V007 blood tests, V008 emergency details");
    }

    @Test
    void newJournalNeedsNoPreMigrationCopy() throws Exception {
        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            assertFalse(Files.exists(folder().resolve(JournalStore.BACKUP_FOLDER)));
        }
    }

    @Test
    void reopeningKeepsTheData() throws Exception {
        CheckIn saved;
        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            saved = store.checkIns().save(entry("uid-1"));
        }
        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            assertEquals(List.of(saved), store.checkIns().all());
            assertEquals(12, store.items().all().size(), "built-in items must not be seeded twice");
        }
        assertFalse(Files.exists(folder().resolve(JournalStore.BACKUP_FOLDER)), "nothing to migrate, nothing to copy");
    }

    @Test
    void journalFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Files.createDirectories(folder());
        Path file = folder().resolve(JournalStore.FILE_NAME);
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, value TEXT)");
            s.execute("INSERT INTO future_thing (value) VALUES ('from the future')");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        NewerJournalException e = assertThrows(NewerJournalException.class, () -> JournalStore.open(folder(), CLOCK));
        assertEquals(99, e.foundVersion());
        assertEquals(Migration.bundled().size(), e.supportedVersion());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(folder().resolve(JournalStore.FILE_NAME + "-wal")));
        assertFalse(Files.exists(folder().resolve(JournalStore.BACKUP_FOLDER)));

        // the failed open let go of the folder: a second try meets the same refusal, not "in use"
        assertThrows(NewerJournalException.class, () -> JournalStore.open(folder(), CLOCK));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damagedJournalIsRefusedAndLeftUntouched() throws Exception {
        Files.createDirectories(folder());
        Path file = folder().resolve(JournalStore.FILE_NAME);
        byte[] damaged = "this is not an SQLite database, but it may be all the user has".repeat(100)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, damaged);

        assertThrows(StorageException.class, () -> JournalStore.open(folder(), CLOCK));
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void journalIsCopiedBeforeItIsUpgraded() throws Exception {
        try (JournalStore store = JournalStore.open(folder(), Migration.bundled(), CLOCK)) {
            store.checkIns().save(entry("saved-at-v1"));
        }
        int current = Migration.bundled().size();
        List<Migration> withV2 = new ArrayList<>(Migration.bundled());
        withV2.add(new Migration(current + 1, "V999__test.sql",
                "-- a test upgrade\nALTER TABLE check_in ADD COLUMN mood TEXT;\nUPDATE check_in SET note = 'changed by v2';\n"));

        try (JournalStore store = JournalStore.open(folder(), withV2, CLOCK)) {
            assertEquals("changed by v2", store.checkIns().all().get(0).note());
        }
        assertEquals(current + 1, userVersion(folder().resolve(JournalStore.FILE_NAME)));

        List<Path> copies;
        try (Stream<Path> files = Files.list(folder().resolve(JournalStore.BACKUP_FOLDER))) {
            copies = files.collect(Collectors.toList());
        }
        assertEquals(1, copies.size(), () -> "copies: " + copies);
        Path copy = copies.get(0);
        assertEquals(current, userVersion(copy));
        try (Connection c = connect(copy); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT uid, note FROM check_in")) {
            assertTrue(rs.next());
            assertEquals("saved-at-v1", rs.getString(1));
            assertEquals("before the upgrade", rs.getString(2));
            assertFalse(rs.next());
        }
        assertPrivateFile(copy);
    }

    @Test
    void failedUpgradeLeavesTheJournalAtTheOldVersion() throws Exception {
        try (JournalStore store = JournalStore.open(folder(), Migration.bundled(), CLOCK)) {
            store.checkIns().save(entry("kept"));
        }
        int current = Migration.bundled().size();
        List<Migration> broken = new ArrayList<>(Migration.bundled());
        broken.add(new Migration(current + 1, "V999__broken.sql",
                "ALTER TABLE check_in ADD COLUMN mood TEXT;\nINSERT INTO no_such_table VALUES (1);\n"));

        assertThrows(StorageException.class, () -> JournalStore.open(folder(), broken, CLOCK));

        assertEquals(current, userVersion(folder().resolve(JournalStore.FILE_NAME)));
        try (JournalStore store = JournalStore.open(folder(), Migration.bundled(), CLOCK)) {
            assertEquals("kept", store.checkIns().all().get(0).uid());
        }
    }

    @Test
    void secondCopyIsRefusedWhileTheFirstIsOpenAndAllowedAfterClose() throws Exception {
        Path file = folder().resolve(JournalStore.FILE_NAME);
        try (JournalStore first = JournalStore.open(folder(), CLOCK)) {
            first.checkIns().save(entry("first"));
            byte[] db = Files.readAllBytes(file);
            byte[] wal = Files.readAllBytes(folder().resolve(JournalStore.FILE_NAME + "-wal"));

            JournalInUseException e = assertThrows(JournalInUseException.class, () -> JournalStore.open(folder(), CLOCK));
            assertEquals(folder(), e.folder());
            assertArrayEquals(db, Files.readAllBytes(file));
            assertArrayEquals(wal, Files.readAllBytes(folder().resolve(JournalStore.FILE_NAME + "-wal")));
            assertEquals(1, first.checkIns().count(), "the first copy carries on");
        }
        try (JournalStore again = JournalStore.open(folder(), CLOCK)) {
            assertEquals(1, again.checkIns().count());
        }
    }

    @Test
    void staleLockFileIsTakenOver() throws Exception {
        Files.createDirectories(folder());
        Path lockFile = folder().resolve(DataFolderLock.FILE_NAME);
        Files.writeString(lockFile, "pid 999999 left behind by a crash, plus garbage \u0000\u0001");

        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            assertEquals(12, store.items().all().size());
            assertEquals("pid " + ProcessHandle.current().pid() + "\n", Files.readString(lockFile));
        }
    }

    @Test
    void dataFolderAndFilesArePrivate() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            store.checkIns().save(entry("private"));
            assertEquals("rwx------", permissions(folder()));
            assertPrivateFile(folder().resolve(JournalStore.FILE_NAME));
            assertPrivateFile(folder().resolve(DataFolderLock.FILE_NAME));
            assertPrivateFile(folder().resolve(JournalStore.FILE_NAME + "-wal"));
        }
    }

    @Test
    void existingOpenFolderIsMadePrivate() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(folder());
        Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = folder().resolve(JournalStore.FILE_NAME);
        Files.createFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (JournalStore store = JournalStore.open(folder(), CLOCK)) {
            assertEquals("rwx------", permissions(folder()));
            assertPrivateFile(file);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void assertPrivateFile(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", permissions(file), file::toString);
        }
    }
}
