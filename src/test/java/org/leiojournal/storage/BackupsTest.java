package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.storage.crash.CrashWriter;

class BackupsTest {

    /** A clock the test moves on, in London. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T09:30:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path temp;
    private final MovingClock clock = new MovingClock();
    private JournalStore store;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(temp.resolve("journal"), Migration.bundled(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void save(int n) {
        store.checkIns().save(CrashWriter.entry(n, store.items().all().stream()
                .filter(i -> i.kind() == ItemKind.SCORE).toList()));
    }

    private List<String> notes() {
        return store.checkIns().all().stream().map(CheckIn::note).sorted().toList();
    }

    @Test
    void aBackupIsAPrivateWholeJournalThatOpensOnItsOwn() throws Exception {
        save(1);
        save(2);
        BackupFile backup = store.backups().backUp(Backups.MANUAL);
        assertEquals(temp.resolve("journal/backups/journal-manual-20261122-093000.sqlite"), backup.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file())));
        BackupSummary summary = store.previewRestore(backup.file());
        assertEquals(2, summary.checkIns());
        assertEquals(Instant.parse("2026-11-22T09:30:00Z"), summary.takenAt());
        assertEquals(Migration.bundled().size(), summary.schemaVersion());

        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.copy(backup.file(), elsewhere.resolve(JournalStore.FILE_NAME));
        try (JournalStore copy = JournalStore.open(elsewhere, TestClocks.SUNDAY)) {
            assertEquals(List.of("save 1", "save 2"), copy.checkIns().all().stream().map(CheckIn::note).sorted()
                    .toList());
        }
    }

    @Test
    void ofTwoBackupsInOneSecondTheRotationKeepsTheOneWrittenLast() throws Exception {
        BackupFile first = store.backups().backUp(Backups.MANUAL);
        Files.setLastModifiedTime(first.file(), java.nio.file.attribute.FileTime.from(clock.instant()));
        save(1);
        BackupFile second = store.backups().backUp(Backups.MANUAL); // the same second: its name gets "-2"
        assertEquals(temp.resolve("journal/backups/journal-manual-20261122-093000-2.sqlite"), second.file());
        assertEquals(List.of(second.file()), store.backups().list().stream().map(BackupFile::file).toList(),
                "one a day: the newer stays (its name sorts before the older one's)");
        assertFalse(Files.exists(first.file()));
        assertEquals(1, store.previewRestore(second.file()).checkIns(), "it holds the later save");
    }

    @Test
    void theDailyBackupIsMadeOnceADayInTheUsersDay() {
        assertTrue(store.backups().dailyIfDue().isPresent());
        clock.advance(Duration.ofHours(14)); // 23:30 in London
        assertTrue(store.backups().dailyIfDue().isEmpty(), "one a day");
        clock.advance(Duration.ofHours(1)); // 00:30 on Monday
        assertTrue(store.backups().dailyIfDue().isPresent(), "a new day");
        assertEquals(2, store.backups().list().size());
    }

    @Test
    void fortyDaysOfBackupsAreRotatedButRecentCopiesBeforeAChangeStay() {
        BackupFile beforeImport = store.backups().backUp(Backups.BEFORE_IMPORT);
        for (int day = 0; day < 40; day++) {
            clock.advance(Duration.ofDays(1));
            store.backups().dailyIfDue();
        }
        List<BackupFile> kept = store.backups().list();
        // 23 Nov 2026 – 1 Jan 2027: the last 7 days, then Sundays 20 and 13 Dec (weeks 51, 50; week 53 and 52 have
        // theirs among the 7 days), then 30 Nov (November; December and January have theirs already)
        assertEquals(7 + 2 + 1, kept.size(), kept.toString());
        assertTrue(kept.stream().noneMatch(b -> b.file().equals(beforeImport.file())), "older than a week: rotated");

        BackupFile beforeRestore = store.backups().backUp(Backups.BEFORE_RESTORE);
        clock.advance(Duration.ofMinutes(1));
        store.backups().backUp(Backups.MANUAL); // newer on the same day
        assertTrue(Files.exists(beforeRestore.file()), "a copy before a change stays for a week");
    }

    @Test
    void restoreBringsBackTheBackupAndKeepsTheJournalAsItWasJustBefore() throws Exception {
        save(1);
        BackupFile backup = store.backups().backUp(Backups.MANUAL);
        clock.advance(Duration.ofHours(1));
        save(2);
        RestoreResult result = store.restore(backup.file());
        assertEquals(List.of("save 1"), notes());
        assertEquals(1, result.restored().checkIns());
        assertEquals(2, store.previewRestore(result.before().file()).checkIns(), "the state before the restore");
        save(3);
        store.close();
        store = JournalStore.open(temp.resolve("journal"), Migration.bundled(), clock);
        assertEquals(List.of("save 1", "save 3"), notes(), "the restored journal is the journal from now on");
    }

    @Test
    void aRestoredBackupBringsBackTheEmergencyDetailsAsTheyWere() throws Exception {
        org.leiojournal.domain.profile.EmergencyDetails port = new org.leiojournal.domain.profile.EmergencyDetails(
                org.leiojournal.domain.profile.LineKind.PORT, "right chest", "Penicillin: rash", "Warfarin");
        store.profile().save(store.profile().load().withEmergency(port));
        BackupFile backup = store.backups().backUp(Backups.MANUAL);
        clock.advance(Duration.ofHours(1));
        store.profile().save(store.profile().load().withEmergency(
                org.leiojournal.domain.profile.EmergencyDetails.NOT_RECORDED));
        store.restore(backup.file());
        assertEquals(port, store.profile().load().emergency());
    }

    @Test
    void anOlderJournalIsRestoredThenUpgraded() throws Exception {
        Path old = temp.resolve("old");
        try (JournalStore v1 = JournalStore.open(old, Migration.bundled().subList(0, 1), clock)) {
            assertEquals(0, v1.checkIns().count());
        }
        OldJournal.execute(old, "INSERT INTO check_in (id, uid, day, recorded_at, zone, recorder_role, note) VALUES "
                + "(1, 'from-v1', '2026-03-30', '2026-03-30T07:00:00Z', 'Europe/London', 'PATIENT', 'written at v1')");
        save(1);
        store.restore(old.resolve(JournalStore.FILE_NAME));
        assertEquals(List.of("written at v1"), notes());
        save(2);
        assertEquals(List.of("save 2", "written at v1"), notes(), "upgraded: today's repositories write to it");
    }

    @Test
    void aFileThatIsNotAWholeJournalOfThisAppIsRefusedAndChangesNothing() throws Exception {
        save(1);
        BackupFile good = store.backups().backUp(Backups.MANUAL);
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a journal");
        Path cut = temp.resolve("cut.sqlite");
        byte[] whole = Files.readAllBytes(good.file());
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path newer = temp.resolve("newer.sqlite");
        Files.copy(good.file(), newer);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        Path otherDatabase = temp.resolve("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + otherDatabase); var s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("PRAGMA user_version = 1");
        }
        int backupsBefore = store.backups().list().size();
        for (Path bad : List.of(text, cut, newer, otherDatabase, temp.resolve("missing.sqlite"))) {
            BackupRefusedException e = assertThrows(BackupRefusedException.class, () -> store.restore(bad),
                    bad.toString());
            assertEquals(bad.equals(newer) ? BackupRefusedException.Why.NEWER
                    : bad.equals(cut) ? BackupRefusedException.Why.DAMAGED
                    : BackupRefusedException.Why.NOT_A_JOURNAL, e.why(), bad.toString());
        }
        assertEquals(List.of("save 1"), notes());
        assertEquals(backupsBefore, store.backups().list().size(), "no backup made for a refused file");
    }

    @Test
    void aCopyGoesToTheChosenFolderWithoutReplacingAnything() throws Exception {
        save(1);
        Path stick = Files.createDirectories(temp.resolve("usb"));
        Path first = store.backups().copyTo(stick);
        Path second = store.backups().copyTo(stick);
        assertEquals(stick.resolve("leio-journal-2026-11-22.sqlite"), first);
        assertEquals(stick.resolve("leio-journal-2026-11-22-2.sqlite"), second);
        assertArrayEquals(new int[] {1, 1}, new int[] {store.previewRestore(first).checkIns(),
                store.previewRestore(second).checkIns()});
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first)));
        assertThrows(java.io.IOException.class, () -> store.backups().copyTo(temp.resolve("no-such-stick")));
    }
}
