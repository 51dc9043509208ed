package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the journal-file fuzzer found (OtherFilesFuzzTest): damage that SQLite's own checks let through must still
 * reach the user as "could not be opened/read", never as another exception that stops the app.
 */
class DamagedJournalTest {

    @TempDir
    Path folder;

    @Test
    void aNegativeSchemaVersionIsDamageNotAMigrationToRun() throws Exception {
        JournalStore.open(folder, TestClocks.SUNDAY).close();
        OldJournal.execute(folder, "PRAGMA user_version = -5");
        assertThrows(StorageException.class, () -> JournalStore.open(folder, TestClocks.SUNDAY));
    }

    @Test
    void aValueTheAppNeverWritesIsAReadError() throws Exception {
        JournalStore.open(folder, TestClocks.SUNDAY).close();
        OldJournal.execute(folder, "PRAGMA ignore_check_constraints = ON", "UPDATE symptom_item SET kind = 'SCOR=' WHERE id = 1",
                "INSERT INTO check_in (uid, day, recorded_at, zone, recorder_role, note) VALUES "
                        + "('x', '2026-11-22', '2026-11-22T25:00:00Z', 'Europe/London', 'PATIENT', '')");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertThrows(StorageException.class, () -> store.items().all());
            assertThrows(StorageException.class, () -> store.checkIns().all());
        }
    }
}
