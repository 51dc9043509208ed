package org.leiojournal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.leiojournal.platform.FilePermissions;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;

/**
 * A journal of invented data for exploring the app, demos, screenshots and benchmarks: a synthetic patient with
 * leiomyosarcoma, dated so that its last day is yesterday. It lives in a folder of its own, marked with
 * {@link JournalStore#SAMPLE_MARKER}, and is never written into a folder that holds a journal already.
 */
public final class SampleJournal {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 20;

    static final String MARKER_TEXT = String.join(System.lineSeparator(),
            "SAMPLE - invented data",
            "",
            "This folder holds a sample journal written by Leio Journal for exploring the app, demonstrations,",
            "screenshots and tests. Everything in it is invented: no real person, no real treatment, no advice.",
            "Leio Journal shows it with a SAMPLE banner. The folder can be deleted at any time.",
            "");

    private SampleJournal() {
    }

    /**
     * Writes a sample of {@code years} years (1–20) into {@code folder}, which must not hold a journal yet.
     * {@code now} gives today's date and the time zone of every entry.
     */
    public static SampleSummary create(Path folder, ZonedDateTime now, int years)
            throws IOException, JournalInUseException, NewerJournalException {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("years must be " + MIN_YEARS + "–" + MAX_YEARS + ": " + years);
        }
        if (JournalStore.holdsJournal(folder)) {
            throw new IOException("a journal is already in " + folder);
        }
        // The marker goes first: a folder left by an interrupted write is still known to be a sample.
        FilePermissions.createPrivateDirectory(folder);
        Files.writeString(folder.resolve(JournalStore.SAMPLE_MARKER), MARKER_TEXT);
        LocalDate today = now.toLocalDate();
        // the store's clock stands still at "now": any backup it makes while the sample is written is of that moment
        try (JournalStore store = JournalStore.open(folder, Clock.fixed(now.toInstant(), now.getZone()))) {
            return new SampleJournalWriter(store, now).write(SamplePatient.story(today, years));
        }
    }

    /** Replaces an earlier sample in {@code folder} with a fresh one-year sample; refuses a journal that is not one. */
    public static SampleSummary recreate(Path folder, ZonedDateTime now)
            throws IOException, JournalInUseException, NewerJournalException {
        JournalStore.discardSample(folder);
        return create(folder, now, MIN_YEARS);
    }

    /** The folder the app keeps its sample in: beside the user's own journal folder, never inside it. */
    public static Path folderBeside(Path journalFolder) {
        Path absolute = journalFolder.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return name == null ? Path.of(System.getProperty("java.io.tmpdir"), "leio-journal-sample")
                : absolute.resolveSibling(name + "-sample");
    }
}
