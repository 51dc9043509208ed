package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.Backups;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;

/** The journal opened while JavaFX starts is the one the window gets, and its failures are the same as before. */
class JournalOpeningTest {

    @TempDir
    Path home;
    private final Logger root = Logger.getLogger("");
    private List<Handler> handlers;

    /** The window's opening moves the log to a file; the other tests keep the console they had. */
    @BeforeEach
    void keepHandlers() {
        handlers = List.of(root.getHandlers());
    }

    @AfterEach
    void restoreHandlers() {
        for (Handler handler : root.getHandlers()) {
            if (!handlers.contains(handler)) {
                root.removeHandler(handler);
                handler.close();
            }
        }
        handlers.stream().filter(h -> !List.of(root.getHandlers()).contains(h)).forEach(root::addHandler);
    }

    @Test
    void theJournalBegunForAFolderIsTheOneTakenForIt() throws Exception {
        Path folder = home.resolve("journal");
        JournalOpening.begin(folder, TestClocks.SUNDAY);
        try (JournalStore store = JournalOpening.take(folder, TestClocks.SUNDAY)) {
            assertEquals(folder, store.folder());
            assertEquals(12, store.items().all().size());
            assertTrue(Files.exists(folder.resolve(JournalStore.FILE_NAME)));
        }
    }

    @Test
    void aJournalBegunForAnotherFolderIsLetGoAndTheAskedOneOpened() throws Exception {
        Path other = home.resolve("other");
        Path asked = home.resolve("asked");
        JournalOpening.begin(other, TestClocks.SUNDAY);
        try (JournalStore store = JournalOpening.take(asked, TestClocks.SUNDAY)) {
            assertEquals(asked, store.folder());
        }
        try (JournalStore again = openOnceFree(other)) {
            assertEquals(other, again.folder(), "the other folder is free again");
        }
    }

    /** The other journal is closed once its opening has finished, on its own thread: wait for that, not a guess. */
    private static JournalStore openOnceFree(Path folder) throws Exception {
        for (int i = 0; ; i++) {
            try {
                return JournalStore.open(folder, TestClocks.SUNDAY);
            } catch (JournalInUseException e) {
                if (i == 500) {
                    throw e;
                }
                Thread.sleep(10);
            }
        }
    }

    @Test
    void aJournalInUseIsRefusedWithTheSameExceptionAsBefore() throws Exception {
        Path folder = home.resolve("journal");
        try (JournalStore first = JournalStore.open(folder, TestClocks.SUNDAY)) {
            JournalOpening.begin(folder, TestClocks.SUNDAY);
            assertThrows(JournalInUseException.class, () -> JournalOpening.take(folder, TestClocks.SUNDAY));
        }
    }

    @Test
    void aNewerJournalIsRefusedWithItsVersions() throws Exception {
        Path folder = home.resolve("journal");
        Files.createDirectories(folder);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        JournalOpening.begin(folder, TestClocks.SUNDAY);
        NewerJournalException refused = assertThrows(NewerJournalException.class, () -> JournalOpening.take(folder, TestClocks.SUNDAY));
        assertEquals(99, refused.foundVersion());
    }

    @Test
    void whatTodayShowsFirstIsReadWithTheJournalBegun() throws Exception {
        Path folder = home.resolve("journal");
        JournalOpening.begin(folder, TestClocks.SUNDAY);
        try (JournalStore store = JournalOpening.take(folder, TestClocks.SUNDAY)) {
            JournalSnapshot first = JournalOpening.firstRead(store);
            assertEquals(store.items().all(), first.items());
            assertEquals(store.profile().load(), first.profile());
        }
    }

    @Test
    void theDaysBackupIsNotOnTheWayToTheFirstReadButTakenWhenAsked() throws Exception {
        Path folder = home.resolve("journal");
        JournalOpening.begin(folder, TestClocks.SUNDAY);
        try (JournalStore store = JournalOpening.take(folder, TestClocks.SUNDAY)) {
            JournalOpening.firstRead(store);
            assertTrue(dailyBackups(store).isEmpty(), "the window's first read does not wait for the backup");

            JournalOpening.backUpToday(store); // the app, on the journal's worker once the window is shown
            JournalOpening.backUpToday(store);

            assertEquals(1, dailyBackups(store).size(), "one a day");
        }
    }

    private static List<org.leiojournal.storage.BackupFile> dailyBackups(JournalStore store) {
        return store.backups().list().stream().filter(b -> b.reason().equals(Backups.DAILY)).toList();
    }

    @Test
    void aFirstReadThatFailsThrowsWhatTheReadThrewSoTheWindowSaysTheJournalCannotBeRead() throws Exception {
        Path folder = home.resolve("journal");
        try (JournalStore fresh = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(12, fresh.items().all().size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(JournalStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE appointment"); // a file that opens but holds what the app cannot read
        }
        JournalOpening.begin(folder, TestClocks.SUNDAY);
        try (JournalStore store = JournalOpening.take(folder, TestClocks.SUNDAY)) {
            assertThrows(StorageException.class, () -> JournalOpening.firstRead(store));
        }
    }

    @Test
    void aJournalNotBegunHereIsReadOnTheSpot() throws Exception {
        Path folder = home.resolve("journal");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(12, JournalOpening.firstRead(store).items().size());
        }
    }

    @Test
    void withoutABeginningTheJournalIsOpenedOnTheSpot() throws Exception {
        Path folder = home.resolve("journal");
        try (JournalStore store = JournalOpening.take(folder, TestClocks.SUNDAY)) {
            assertEquals(folder, store.folder());
        }
    }
}
