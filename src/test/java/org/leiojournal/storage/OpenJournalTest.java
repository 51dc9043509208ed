package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new journal in a temporary folder, open for each test and closed after it. {@link #reopen()} closes and opens
 * it again, as quitting and starting the app does. Other journals can go in {@link #temp} beside it.
 */
abstract class OpenJournalTest {

    @TempDir
    Path temp;

    JournalStore store;

    Path folder() {
        return temp.resolve("journal");
    }

    @BeforeEach
    void openJournal() throws Exception {
        store = JournalStore.open(folder(), TestClocks.SUNDAY);
    }

    @AfterEach
    void closeJournal() {
        store.close();
    }

    void reopen() throws Exception {
        store.close();
        store = JournalStore.open(folder(), TestClocks.SUNDAY);
    }
}
