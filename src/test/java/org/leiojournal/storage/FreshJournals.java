package org.leiojournal.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * A new, empty journal for a test that is not about making one: {@link JournalStore#open} on an empty folder runs
 * every migration, each in its own synced transaction (100–300 ms on the loaded two-core machine, and the window
 * tests make one per test, issue 17), so the journal it makes is made once per test JVM and copied (about 10 ms).
 * The copy is the same journal: the migrations are plain SQL with no clock, and their one random value, the
 * calendar's id ({@code profile.calendar_uid}, V003), is made anew for each copy. Tests of opening, migrating or
 * locking a journal call {@link JournalStore#open} themselves.
 */
public final class FreshJournals {

    private static Path made;

    private FreshJournals() {
    }

    /** Opens a new journal in {@code emptyFolder} (made if missing), as {@link JournalStore#open} would. */
    public static JournalStore open(Path emptyFolder, Clock clock) throws JournalInUseException, NewerJournalException {
        try {
            Files.createDirectories(emptyFolder);
            Path file = emptyFolder.resolve(JournalStore.FILE_NAME);
            Files.copy(madeOnce(clock), file);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF"); // a test's journal: no sync to the disk needed
                s.execute("UPDATE profile SET calendar_uid = lower(hex(randomblob(16)))"); // as V003 makes it
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JournalStore.open(emptyFolder, clock);
    }

    private static synchronized Path madeOnce(Clock clock) throws IOException {
        if (made == null) {
            Path folder = Files.createTempDirectory("leio-fresh-journal");
            try (JournalStore store = JournalStore.open(folder, clock)) {
                // closed: the write-ahead log is folded into the file, which is all there is to copy
            } catch (JournalInUseException | NewerJournalException e) {
                throw new IllegalStateException(e);
            }
            made = folder.resolve(JournalStore.FILE_NAME);
        }
        return made;
    }
}
