package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.platform.AppVersion;
import org.leiojournal.storage.JournalStore;

/** Headless commands only: running without one would open the window. */
class LauncherTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, Map.of(), TestClocks.SUNDAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: leio-journal"), out());
        assertTrue(out().contains("--data-dir DIR"), out());
        assertEquals("", err());
    }

    @Test
    void versionPrintsTheBuiltVersionAndSucceeds() {
        assertEquals(0, run("--version"));
        String line = out().strip();
        assertTrue(line.startsWith("Leio Journal "), line);
        String version = line.substring("Leio Journal ".length());
        // Maven must have filled in the version, not left the placeholder or nothing
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
        assertEquals(AppVersion.current(), version);
        assertEquals("", err());
    }

    @Test
    void helpWithADataDirDoesNotOpenAnything() {
        assertEquals(0, run("--data-dir", "/nonexistent/leio", "--help"));
        assertTrue(out().startsWith("Usage:"));
    }

    @Test
    void unknownArgumentIsBadUsage() {
        assertEquals(2, run("--frobnicate"));
        assertTrue(err().contains("unknown argument: --frobnicate"), err());
        assertTrue(err().contains("Usage: leio-journal"), err());
        assertEquals("", out());
    }

    @Test
    void dataDirWithoutValueIsBadUsage() {
        assertEquals(2, run("--data-dir"));
        assertTrue(err().contains("--data-dir needs a folder"), err());
        assertEquals("", out());
    }

    @Test
    void badUsageWinsOverHelp() {
        assertEquals(2, run("--help", "--bogus"));
        assertEquals("", out());
    }

    private int export(Path journal) {
        return Launcher.run(new String[] {"export", "--format", "ics", "--out", dir.resolve("leio.ics").toString()},
                Map.of("LEIO_JOURNAL_HOME", journal.toString()), TestClocks.SUNDAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exportRunsWithoutAWindowAndSucceeds() throws Exception {
        Path journal = dir.resolve("journal");
        JournalStore.open(journal, TestClocks.SUNDAY).close();

        assertEquals(0, export(journal));
        assertEquals("Exported 0 appointments and 0 treatment days to " + dir.resolve("leio.ics"), out().strip());
        assertEquals("", err());
        assertTrue(Files.readString(dir.resolve("leio.ics")).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void exportFailingIsExitCodeOne() throws Exception {
        Path journal = dir.resolve("journal");
        JournalStore.open(journal, TestClocks.SUNDAY).close();
        try (JournalStore running = JournalStore.open(journal, TestClocks.SUNDAY)) {
            assertEquals(1, export(journal));
        }
        assertTrue(err().contains("is open in Leio Journal"), err());
        assertEquals(1, export(dir.resolve("none")));
    }

    @Test
    void exportWithAnUnknownFormatIsBadUsage() {
        assertEquals(2, run("export", "--format", "xml", "--out", "x.xml"));
        assertTrue(err().startsWith("leio-journal: unsupported export format: xml (supported: csv, fhir, ics, json, pdf, emergency)"),
                err());
        assertTrue(err().contains("Usage: leio-journal"), err());
    }

    @Test
    void sampleRunsWithoutAWindowAndExitCodesSayWhatHappened() throws Exception {
        Path demo = dir.resolve("demo");
        assertEquals(0, run("sample", "--out", demo.toString()));
        assertTrue(out().startsWith("Wrote a sample journal (invented data)"), out());
        assertTrue(JournalStore.isSample(demo));

        assertEquals(1, run("sample", "--out", demo.toString()), "a folder that holds a journal");
        assertTrue(err().contains("already holds a journal"), err());

        err.reset();
        assertEquals(2, run("sample", "--out", dir.resolve("other").toString(), "--years", "50"));
        assertTrue(err().startsWith("leio-journal: --years needs a whole number from 1 to 20, not 50"), err());
        assertFalse(Files.exists(dir.resolve("other")), "nothing written");
    }

    @Test
    void helpListsTheSampleCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("leio-journal sample --out DIR [--years N]"), out());
    }

    @Test
    void everyTableGoesOutAsCsvInAZipAndBackIn() throws Exception {
        Path journal = dir.resolve("journal");
        Path copy = dir.resolve("copy");
        Path zip = dir.resolve("tables.zip");
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            store.contacts().add(new org.leiojournal.domain.profile.CareContact(0, "Хирург Łukasz", "0100", ""));
        }
        assertEquals(0, run("--data-dir", journal.toString(), "export", "--format", "csv", "--out", zip.toString()));
        assertTrue(out().startsWith("Exported every table ("), out());
        assertEquals(0, run("--data-dir", copy.toString(), "import", zip.toString(), "--replace"));
        try (JournalStore store = JournalStore.open(copy, TestClocks.SUNDAY)) {
            assertEquals("Хирург Łukasz", store.contacts().all().get(0).name());
        }
        assertEquals(1, run("--data-dir", journal.toString(), "export", "--format", "csv", "--out",
                dir.resolve("copy").toString()));
        assertTrue(err().contains("already exists"), err());
    }

    @Test
    void everythingGoesOutAsJsonAndBackInWithExitCodesThatSayWhatHappened() throws Exception {
        Path journal = dir.resolve("journal");
        Path copy = dir.resolve("copy");
        Path file = dir.resolve("everything.json");
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            store.contacts().add(new org.leiojournal.domain.profile.CareContact(0, "Chemo line", "0100", ""));
        }

        assertEquals(0, run("--data-dir", journal.toString(), "export", "--format", "json", "--out", file.toString()));
        assertTrue(out().startsWith("Exported everything in the journal ("), out());
        assertEquals(0, run("--data-dir", copy.toString(), "import", file.toString()));
        assertTrue(out().contains("Merged " + file + " into the journal in " + copy + ": "), out());
        assertEquals(0, run("--data-dir", copy.toString(), "import", file.toString(), "--replace"));
        assertTrue(out().contains("the journal as it was is kept in " + copy.resolve("backups")), out());
        assertEquals("", err());
        try (JournalStore store = JournalStore.open(copy, TestClocks.SUNDAY)) {
            assertEquals("Chemo line", store.contacts().all().get(0).name());
        }

        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"leio-journal\", \"formatVersion\": 1, \"tab");
        assertEquals(1, run("--data-dir", copy.toString(), "import", dir.resolve("broken.json").toString()));
        assertEquals("leio-journal: nothing was imported from " + dir.resolve("broken.json") + ": line 1, column 52: "
                + "the file ends too early: it may have been cut short while it was copied or saved", err().strip(),
                "one line on stderr, no stack trace");

        err.reset();
        try (JournalStore running = JournalStore.open(copy, TestClocks.SUNDAY)) {
            assertEquals(1, run("--data-dir", copy.toString(), "import", file.toString()));
        }
        assertEquals("leio-journal: the journal in " + copy + " is open in Leio Journal; close the app and try again",
                err().strip());

        err.reset();
        assertEquals(2, run("import", file.toString(), "--merge", "--replace"));
        assertTrue(err().startsWith("leio-journal: choose --merge or --replace, not both"), err());
        err.reset();
        assertEquals(2, run("export", "--format", "json", "--out", file.toString(), "--from", "2025-01-01"));
        assertTrue(err().startsWith("leio-journal: --from does not go with --format json"), err());
    }

    @Test
    void theClinicReportGoesOutAsAPdfWithTheDatesAndPaperAsked() throws Exception {
        Path journal = dir.resolve("journal");
        assertEquals(0, run("sample", "--out", journal.toString()));
        String name;
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            name = store.profile().load().patientName();
        }
        out.reset();
        Path pdf = dir.resolve("report.pdf");
        assertEquals(0, run("--data-dir", journal.toString(), "export", "--format", "pdf", "--out", pdf.toString()));
        assertTrue(out().startsWith("Wrote the clinic report ("), out());
        assertTrue(out().contains("since the last clinic visit"), out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Patient-reported, not a medical record"), "the footer");
            assertFalse(text.contains(name), "the name is left off unless asked for");
        }

        LocalDate today = LocalDate.now(TestClocks.SUNDAY);
        assertEquals(0, run("--data-dir", journal.toString(), "export", "--format", "pdf", "--out", pdf.toString(),
                "--from", today.minusDays(6).toString(), "--paper", "letter", "--name"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PDRectangle.LETTER.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertTrue(new PDFTextStripper().getText(document).contains(name), "--name prints the name");
        }
    }

    @Test
    void clinicReportDatesAndOptionsThatCannotWorkAreRefused() throws Exception {
        Path journal = dir.resolve("journal");
        JournalStore.open(journal, TestClocks.SUNDAY).close();
        Path pdf = dir.resolve("report.pdf");
        String tomorrow = LocalDate.now(TestClocks.SUNDAY).plusDays(1).toString();
        assertEquals(1, run("--data-dir", journal.toString(), "export", "--format", "pdf", "--out", pdf.toString(),
                "--from", tomorrow));
        assertEquals("leio-journal: --from " + tomorrow + " is after today (" + LocalDate.now(TestClocks.SUNDAY) + ")",
                err().strip());
        assertFalse(Files.exists(pdf), "nothing written");

        err.reset();
        assertEquals(2, run("export", "--format", "pdf", "--out", pdf.toString(), "--to", "2026-01-01"));
        assertTrue(err().startsWith("leio-journal: --to needs --from with --format pdf"), err());
        err.reset();
        assertEquals(2, run("export", "--format", "pdf", "--out", pdf.toString(), "--paper", "a5"));
        assertTrue(err().startsWith("leio-journal: --paper takes a4 or letter, not a5"), err());
        err.reset();
        assertEquals(2, run("export", "--format", "json", "--out", pdf.toString(), "--name"));
        assertTrue(err().startsWith("leio-journal: --name goes with --format pdf or fhir only"), err());
    }

    @Test
    void backupCopyAndRestoreFromTheCommandLine() throws Exception {
        Path journal = dir.resolve("journal");
        assertEquals(0, run("sample", "--out", journal.toString()));
        Files.delete(journal.resolve(JournalStore.SAMPLE_MARKER)); // as if it were someone's own journal
        int checkIns;
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            checkIns = store.checkIns().count();
        }
        out.reset();
        assertEquals(0, run("--data-dir", journal.toString(), "backup"));
        assertTrue(out().startsWith("Backed up the journal in " + journal + " to " + journal.resolve("backups")
                .resolve("journal-manual-")), out());
        Path backup = Path.of(out().strip().substring(out().strip().lastIndexOf(" to ") + 4));

        Path stick = Files.createDirectories(dir.resolve("stick"));
        out.reset();
        assertEquals(0, run("--data-dir", journal.toString(), "backup", "--to", stick.toString()));
        assertTrue(out().startsWith("Copied the journal in " + journal + " to " + stick.resolve("leio-journal-")),
                out());

        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            store.checkIns().delete(store.checkIns().all().get(0).id());
        }
        out.reset();
        assertEquals(0, run("--data-dir", journal.toString(), "restore", backup.toString()));
        assertTrue(out().contains(checkIns + " check-ins") && out().contains("the journal as it was is kept in "),
                out());
        try (JournalStore store = JournalStore.open(journal, TestClocks.SUNDAY)) {
            assertEquals(checkIns, store.checkIns().count(), "the deleted check-in is back");
        }

        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(1, run("--data-dir", journal.toString(), "restore", notes.toString()));
        assertEquals("leio-journal: nothing was restored from " + notes + ": it is not a Leio Journal journal",
                err().strip());
        err.reset();
        assertEquals(1, run("--data-dir", dir.resolve("empty").toString(), "backup"));
        assertTrue(err().startsWith("leio-journal: there is no journal in "), err());
        err.reset();
        assertEquals(2, run("restore"));
        assertTrue(err().startsWith("leio-journal: restore needs the FILE to restore"), err());
    }

    @Test
    void everyCommandRefusesAJournalFromANewerVersionInTheSameWords() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("journal"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + journal.resolve(JournalStore.FILE_NAME)); java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        String refusal = "leio-journal: the journal in " + journal + " was written by a newer Leio Journal (schema 99,"
                + " this one reads up to ";
        assertEquals(1, run("--data-dir", journal.toString(), "backup"));
        assertTrue(err().startsWith(refusal) && err().strip().endsWith("); update the app"), err());
        err.reset();
        assertEquals(1, run("--data-dir", journal.toString(), "export", "--format", "json", "--out",
                dir.resolve("out.json").toString()));
        assertTrue(err().startsWith(refusal), err());
    }

    @Test
    void realDataIsNeverImportedIntoASampleOfInventedData() throws Exception {
        Path sample = dir.resolve("sample");
        JournalStore.open(sample, TestClocks.SUNDAY).close();
        Files.writeString(sample.resolve(JournalStore.SAMPLE_MARKER), "SAMPLE");
        assertEquals(1, run("--data-dir", sample.toString(), "import", dir.resolve("mine.json").toString()));
        assertEquals("leio-journal: the journal in " + sample + " is a sample of invented data; import into your own "
                + "journal", err().strip());
    }
}
