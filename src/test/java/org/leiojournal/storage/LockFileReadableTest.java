package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;

/**
 * The one-writer lock holds one byte far past the lock file's "pid N" line, so on Windows, where locks are
 * mandatory, the line can still be read while the app runs (OneWriterTest reads it from another process).
 */
class LockFileReadableTest {

    @TempDir
    Path dir;

    @Test
    void theLockedByteLiesPastWhatTheLockFileHolds() throws Exception {
        try (JournalStore store = JournalStore.open(dir.resolve("journal"), TestClocks.SUNDAY)) {
            long size = Files.size(dir.resolve("journal").resolve(DataFolderLock.FILE_NAME));
            assertTrue(size > 0 && size < DataFolderLock.LOCKED_BYTE, "size " + size);
        }
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsTheLockFileCanBeReadWhileTheJournalIsOpen() throws Exception {
        try (JournalStore store = JournalStore.open(dir.resolve("journal"), TestClocks.SUNDAY)) {
            String line = Files.readString(dir.resolve("journal").resolve(DataFolderLock.FILE_NAME));
            assertTrue(line.startsWith("pid "), line);
        }
    }
}
