package org.leiojournal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.platform.FailureTrace;
import org.leiojournal.platform.LogFile;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.SqliteLibrary;
import org.leiojournal.storage.StorageException;
import org.leiojournal.ui.common.Messages;

/**
 * Opens the journal for the window: the file (SQLite's native library, kept unpacked in the user's cache by
 * {@link SqliteLibrary}; the schema check) and the log file, then reads what Today shows first
 * ({@link JournalSnapshot}); the day's backup waits for the window ({@link #backUpToday}). The bundled catalogs
 * Today reads are read meanwhile on a thread of their own. {@link #begin} does it on a thread of its own
 * while JavaFX starts: on two cores the toolkit's start and the journal's opening can run side by side instead of
 * one after the other (the benchmark's figures are in the README).
 */
final class JournalOpening {

    private static final Logger LOG = Logger.getLogger(JournalOpening.class.getName());

    private static Started started;
    /** What Today shows first, read on the opening thread right after the journal opened. */
    private static FirstRead firstRead;

    private record Started(Path folder, CompletableFuture<JournalStore> store) {
    }

    private record FirstRead(JournalStore store, CompletableFuture<JournalSnapshot> snapshot) {
    }

    private JournalOpening() {
    }

    /** Starts opening the journal in {@code folder} now, for {@link #take} to collect. */
    static void begin(Path folder, Clock clock) {
        begin(folder, clock, Optional.empty());
    }

    /** As {@link #begin(Path, Clock)}, with SQLite's library kept in {@code libraryCache} (the app's start). */
    static synchronized void begin(Path folder, Clock clock, Optional<Path> libraryCache) {
        CompletableFuture<JournalStore> store = new CompletableFuture<>();
        started = new Started(folder, store);
        Thread thread = new Thread(() -> {
            JournalStore opened;
            CompletableFuture<JournalSnapshot> snapshot = new CompletableFuture<>();
            try {
                libraryCache.ifPresent(SqliteLibrary::useCached); // before the first connection
                opened = open(folder, clock);
                synchronized (JournalOpening.class) {
                    firstRead = new FirstRead(opened, snapshot);
                }
                store.complete(opened);
            } catch (Exception | Error e) {
                store.completeExceptionally(e);
                return;
            }
            JournalSnapshot read;
            try {
                read = JournalSnapshot.read(opened);
            } catch (Exception | Error e) {
                snapshot.completeExceptionally(e);
                return;
            }
            snapshot.complete(read);
            // the window hashes and compares these first: linked here, not on the UI thread (issue 21)
            RecordMethods.link(read.items());
            RecordMethods.link(read.courses());
            askedFirst(read, clock);
        }, "journal-opening");
        thread.setDaemon(true);
        thread.start();
        // beside the opening, not after it: the window needs the alert rules as soon as it has the journal's data
        Thread catalogs = new Thread(JournalOpening::warmCatalogs, "catalog-reading");
        catalogs.setDaemon(true);
        catalogs.start();
    }

    /**
     * Works out once, on the opening thread and for nothing, the first thing the check-in asks of the journal's data:
     * which warning signs to ask about today (each drug rule's courses laid out as calendars). The UI thread asks
     * the same as it builds Today and then finds that code loaded and linked: its first time there took 20–30 ms of
     * the UI thread's CPU before the first window, a second time 5–7 (issue 21).
     */
    private static void askedFirst(JournalSnapshot read, Clock clock) {
        try {
            AlertRuleCatalog.bundled().signsShownOn(LocalDate.now(clock), read.courses());
        } catch (RuntimeException e) {
            LOG.fine(() -> "The window works out the warning signs itself: " + e); // and says what failed
        }
    }

    /**
     * The journal in {@code folder}, opened: the one begun for it, or opened now. A journal begun for another
     * folder is closed, so its folder is free again.
     */
    static JournalStore take(Path folder, Clock clock) throws JournalInUseException, NewerJournalException {
        Started begun;
        synchronized (JournalOpening.class) {
            begun = started;
            started = null;
        }
        if (begun == null) {
            return open(folder, clock);
        }
        if (!begun.folder().equals(folder)) {
            begun.store().thenAccept(JournalStore::close);
            return open(folder, clock);
        }
        try {
            return begun.store().join();
        } catch (CompletionException e) { // the same exception the opening threw, so the window says the same
            Throwable cause = e.getCause();
            if (cause instanceof JournalInUseException inUse) {
                throw inUse;
            }
            if (cause instanceof NewerJournalException newer) {
                throw newer;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StorageException("The journal could not be opened", cause);
        }
    }

    /**
     * What the window shows first from {@code store}: read on the opening thread when it was opened there (waiting
     * for it if need be), else read now. Throws what the read threw, so the window says the same.
     */
    static JournalSnapshot firstRead(JournalStore store) {
        FirstRead begun;
        synchronized (JournalOpening.class) {
            begun = firstRead;
            firstRead = null;
        }
        if (begun == null || begun.store() != store) {
            return JournalSnapshot.read(store);
        }
        try {
            return begun.snapshot().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new StorageException("The journal could not be read", e.getCause());
        }
    }

    private static JournalStore open(Path folder, Clock clock)
            throws JournalInUseException, NewerJournalException {
        JournalStore store = JournalStore.open(folder, clock);
        attachLogFile(folder);
        return store; // the day's backup comes after the window: backUpToday
    }

    /**
     * Only once the journal is ours: a second copy refused at the door writes nothing into the folder, not even a
     * log line. The console handler goes: a desktop session may keep a window app's stderr in the system journal,
     * and the toolkit's messages there can quote the screen's texts. Without a log file the console stays.
     */
    private static void attachLogFile(Path folder) {
        try {
            LogFile.attach(folder);
            Logger root = Logger.getLogger("");
            for (Handler handler : root.getHandlers()) {
                if (handler instanceof ConsoleHandler) {
                    root.removeHandler(handler);
                }
            }
            LOG.info("Journal window started");
        } catch (IOException e) {
            LOG.warning("No log file: " + e.getClass().getSimpleName());
        }
    }

    /**
     * At most one a day, at start, on the journal's worker once the window is shown: on the opening thread, before
     * the first read, it put its copy and syncs (140-270 ms at load) on the path the window waits for, on a user's
     * first start of each day (performance-history.md, "Sixteenth session: the start"). A failed backup is logged
     * and the journal stays open all the same.
     */
    static void backUpToday(JournalStore store) {
        try {
            store.backups().dailyIfDue();
        } catch (StorageException e) {
            LOG.warning("The daily backup failed: " + FailureTrace.of(e));
        }
    }

    /**
     * Read now, off the toolkit's thread, what Today reads first; they are kept once read. The regimen templates wait
     * for {@link #readCatalogsForLaterScreens}: only Treatment shows them.
     */
    private static void warmCatalogs() {
        try {
            Messages.readAhead(Locale.getDefault()); // the window's first need, as JournalApp.start begins
        } catch (RuntimeException e) {
            LOG.fine(() -> "The window reads its text itself: " + e);
        }
        try {
            RecordMethods.link(AlertRuleCatalog.bundled().signs()); // compared as Today is built (issue 21)
            GuidanceCatalog.bundled();
        } catch (RuntimeException e) {
            LOG.warning("A bundled catalog could not be read: " + FailureTrace.of(e));
        }
    }

    /**
     * Once the window's start is done, reads on a thread of its own the catalogs only later screens show (the regimen
     * templates, for Treatment), so that a first visit finds them read. A file that cannot be read is logged here, and
     * the screen that needs it says so when it asks.
     */
    static void readCatalogsForLaterScreens() {
        Thread thread = new Thread(() -> {
            try {
                RegimenCatalog.bundled().readNow();
            } catch (RuntimeException e) {
                LOG.warning("A bundled catalog could not be read: " + FailureTrace.of(e));
            }
        }, "catalog-reading");
        thread.setDaemon(true);
        thread.start();
    }
}
