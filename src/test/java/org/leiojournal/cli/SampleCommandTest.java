package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.storage.JournalStore;

/** The sample command on real folders, as a terminal would run it. */
class SampleCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private boolean run(String... args) throws Exception {
        return new SampleCommand(CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(CommandLine.parse(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> contents(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void writesAMarkedSampleAndSaysWhatItWroteAndWhere() throws Exception {
        Path demo = dir.resolve("demo");
        assertTrue(run("sample", "--out", demo.toString()));
        assertTrue(JournalStore.isSample(demo));
        try (JournalStore store = JournalStore.open(demo, CLOCK)) {
            int checkIns = store.checkIns().count();
            int appointments = store.appointments().all().size();
            String line = out().lines().findFirst().orElseThrow();
            assertTrue(line.startsWith("Wrote a sample journal (invented data) of 365 days: " + checkIns
                    + " check-ins, 2 courses of treatment, " + appointments + " appointments, to " + demo), line);
        }
        assertTrue(out().contains("--data-dir " + demo), out());
        assertEquals("", err());
    }

    @Test
    void aFolderHoldingAJournalIsRefusedAndLeftAsItWas() throws Exception {
        Path journal = dir.resolve("journal");
        JournalStore.open(journal, CLOCK).close();
        List<Path> before = contents(journal);
        byte[] file = Files.readAllBytes(journal.resolve(JournalStore.FILE_NAME));

        assertFalse(run("sample", "--out", journal.toString()));
        assertEquals("leio-journal: " + journal + " already holds a journal; choose a new or empty folder",
                err().strip());
        assertEquals(before, contents(journal));
        assertEquals(0, java.util.Arrays.compare(file, Files.readAllBytes(journal.resolve(JournalStore.FILE_NAME))));
        assertEquals("", out());
    }

    @Test
    void anEarlierSampleIsNotOverwrittenEither() throws Exception {
        Path demo = dir.resolve("demo");
        assertTrue(run("sample", "--out", demo.toString()));
        err.reset();
        assertFalse(run("sample", "--out", demo.toString(), "--years", "2"));
        assertTrue(err().contains("already holds a journal"), err());
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertFalse(run("sample", "--out", file.toString()));
        assertEquals("leio-journal: " + file + " is a file, not a folder", err().strip());
        assertEquals("mine", Files.readString(file));
    }
}
