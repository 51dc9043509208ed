package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.crash.CrashWriter;

/**
 * Another program (a backup tool, an SQLite browser) holding the journal's write lock: a save waits for the busy
 * timeout, then fails as a save failure the screens already explain, and the journal keeps what it had.
 */
class BusyJournalTest extends OpenJournalTest {

    @Test
    void aSaveWhileAnotherProgramHoldsTheWriteLockFailsCleanlyAndLosesNothing() throws Exception {
        List<SymptomItem> scored = store.items().all().stream().filter(i -> i.kind() == ItemKind.SCORE).toList();
        store.checkIns().save(CrashWriter.entry(1, scored));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file());
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            assertThrows(StorageException.class, () -> store.checkIns().save(CrashWriter.entry(2, scored)));
            s.execute("ROLLBACK");
        }
        store.checkIns().save(CrashWriter.entry(3, scored));
        reopen();
        assertEquals(List.of("save 1", "save 3"), store.checkIns().all().stream().map(c -> c.note()).sorted()
                .toList());
    }
}
