package org.leiojournal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.storage.ImportMode;

class CommandLineTest {

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultFolder() throws Exception {
        CommandLine parsed = CommandLine.parse();
        assertEquals(CommandLine.Command.OPEN_WINDOW, parsed.command());
        assertEquals(Optional.empty(), parsed.dataDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpIsRecognised(String arg) throws Exception {
        assertEquals(CommandLine.Command.HELP, CommandLine.parse(arg).command());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionIsRecognised(String arg) throws Exception {
        assertEquals(CommandLine.Command.VERSION, CommandLine.parse(arg).command());
    }

    @Test
    void dataDirIsTakenInBothForms() throws Exception {
        assertEquals(Optional.of(Path.of("/srv/my journal")), CommandLine.parse("--data-dir", "/srv/my journal").dataDir());
        assertEquals(Optional.of(Path.of("/srv/journal")), CommandLine.parse("--data-dir=/srv/journal").dataDir());
        CommandLine withHelp = CommandLine.parse("--data-dir", "/srv/journal", "--help");
        assertEquals(CommandLine.Command.HELP, withHelp.command());
        assertEquals(Optional.of(Path.of("/srv/journal")), withHelp.dataDir());
    }

    @Test
    void dataDirWithoutAFolderIsRefused() {
        for (String[] args : new String[][] {{"--data-dir"}, {"--data-dir", ""}, {"--data-dir", "  "},
                {"--data-dir", "--help"}, {"--data-dir="}}) {
            CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class,
                    () -> CommandLine.parse(args), () -> String.join(" ", args));
            assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "journal.sqlite", "-x", "--HELP"})
    void unknownArgumentIsNamed(String arg) {
        CommandLine.UsageException e = assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(arg));
        assertTrue(e.getMessage().contains(arg), e.getMessage());
    }

    @Test
    void usageListsEveryOption() {
        for (String option : new String[] {"--data-dir", "--help", "--version", "LEIO_JOURNAL_HOME", "export",
                "--format ics", "--out FILE", "--from DATE", "--to DATE", "--alarms", "--no-alarms", "yyyy-MM-dd",
                "sample --out DIR [--years N]", "--years N", "1 to 20"}) {
            assertTrue(CommandLine.USAGE.contains(option), option);
        }
    }

    // --- export ---

    /** Every command that is not export names the first export option given to it, the same way. */
    @Test
    void anExportOptionGivenToAnotherCommandIsNamed() {
        assertEquals("--out does not go with restore", usageError("restore", "a.sqlite", "--out", "x"));
        assertEquals("--format does not go with rules check", usageError("rules", "check", "s.json", "--format",
                "ics"));
        assertEquals("--from does not go with import", usageError("--from", "2026-11-01", "--out", "x", "import",
                "a.json"), "the first given, not the last");
    }

    private static String usageError(String... args) {
        return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args),
                () -> String.join(" ", args)).getMessage();
    }

    @Test
    void exportTakesItsOptionsWithRemindersAndNoDateLimitByDefault() throws Exception {
        CommandLine parsed = CommandLine.parse("--data-dir", "/srv/journal", "export", "--format", "ics", "--out",
                "leio.ics");
        assertEquals(CommandLine.Command.EXPORT, parsed.command());
        assertEquals(Optional.of(Path.of("/srv/journal")), parsed.dataDir());
        assertEquals(new ExportOptions(ExportFormat.ICS, Path.of("leio.ics"), DateSpan.ALL, true),
                parsed.export().orElseThrow());
    }

    @Test
    void exportOptionsComeInEitherFormAndAnyOrder() throws Exception {
        ExportOptions options = CommandLine.parse("export", "--to=2025-03-31", "--no-alarms", "--out=my calendar.ics",
                "--from", "2025-03-01", "--format=ICS", "--data-dir=/srv/j").export().orElseThrow();
        assertEquals(new ExportOptions(ExportFormat.ICS, Path.of("my calendar.ics"),
                new DateSpan(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), false), options);
        assertTrue(CommandLine.parse("export", "--format", "ics", "--out", "x.ics", "--no-alarms", "--alarms")
                .export().orElseThrow().alarms(), "the last one counts");
    }

    @Test
    void oneEndOfTheRangeIsEnough() throws Exception {
        assertEquals(new DateSpan(LocalDate.of(2025, 3, 1), LocalDate.MAX), CommandLine.parse("export", "--format",
                "ics", "--out", "x.ics", "--from", "2025-03-01").export().orElseThrow().range());
        assertEquals(new DateSpan(LocalDate.MIN, LocalDate.of(2025, 3, 1)), CommandLine.parse("export", "--format",
                "ics", "--out", "x.ics", "--to", "2025-03-01").export().orElseThrow().range());
        assertEquals(LocalDate.of(2025, 3, 1), CommandLine.parse("export", "--format", "ics", "--out", "x.ics",
                "--from", "2025-03-01", "--to", "2025-03-01").export().orElseThrow().range().last(), "one day");
    }

    @Test
    void exportNeedsAFormatItKnows() {
        assertEquals("export needs --format (csv, fhir, ics, json, pdf, emergency)", usageError("export", "--out",
                "x.ics"));
        assertEquals("unsupported export format: xml (supported: csv, fhir, ics, json, pdf, emergency)",
                usageError("export", "--format", "xml", "--out", "x.xml"));
        assertEquals("--format needs a format (csv, fhir, ics, json, pdf, emergency)", usageError("export", "--out",
                "x.ics", "--format"));
    }

    /** The emergency sheet takes a paper size; name and date of birth are always on it, so asking is a mistake. */
    @Test
    void theEmergencySheetTakesPaperButNotTheNameOptions() throws Exception {
        ExportOptions options = CommandLine.parse("export", "--format", "emergency", "--out", "sheet.pdf", "--paper",
                "letter").export().orElseThrow();
        assertEquals(ExportFormat.EMERGENCY, options.format());
        assertEquals(java.util.Optional.of(org.leiojournal.report.pdf.Paper.LETTER), options.report().paper());
        assertEquals("--name does not go with --format emergency: the emergency sheet always prints the name and "
                + "the date of birth", usageError("export", "--format", "emergency", "--out", "s.pdf", "--name"));
        assertEquals("--from does not go with --format emergency: it exports everything in the journal, whatever the "
                + "dates", usageError("export", "--format", "emergency", "--out", "s.pdf", "--from", "2025-01-01"));
    }

    @Test
    void exportNeedsAFile() {
        assertEquals("export needs --out FILE", usageError("export", "--format", "ics"));
        assertEquals("--out needs a file", usageError("export", "--format", "ics", "--out", "--no-alarms"));
        assertEquals("--out needs a file", usageError("export", "--format", "ics", "--out="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/03/2025", "2025-3-31", "2025-02-30", "tomorrow"})
    void aDateThatIsNotYyyyMmDdIsNamed(String date) {
        assertEquals("--from needs a date as yyyy-MM-dd, such as 2025-03-31, not " + date,
                usageError("export", "--format", "ics", "--out", "x.ics", "--from", date));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertEquals("--to 2025-02-28 is before --from 2025-03-01", usageError("export", "--format", "ics", "--out",
                "x.ics", "--from", "2025-03-01", "--to", "2025-02-28"));
    }

    @Test
    void exportOptionsWithoutTheCommandAreAMistake() {
        assertEquals("--out goes with the export command", usageError("--out", "x.ics", "--format", "ics"));
    }

    @Test
    void aFlagTakesNoValue() {
        assertEquals("--alarms takes no value", usageError("export", "--format", "ics", "--out", "x.ics",
                "--alarms=yes"));
    }

    @Test
    void helpWinsOverExport() throws Exception {
        CommandLine parsed = CommandLine.parse("export", "--help");
        assertEquals(CommandLine.Command.HELP, parsed.command());
        assertEquals(Optional.empty(), parsed.export());
    }

    @Test
    void aJsonExportIsEverythingSoDatesAndRemindersDoNotGoWithIt() throws Exception {
        assertEquals(new ExportOptions(ExportFormat.JSON, Path.of("all.json"), DateSpan.ALL, true),
                CommandLine.parse("export", "--format", "json", "--out", "all.json").export().orElseThrow());
        assertEquals("--from does not go with --format json: it exports everything in the journal, whatever the "
                + "dates", usageError("export", "--format", "json", "--out", "all.json", "--from", "2025-03-01"));
        assertEquals("--to does not go with --format json: it exports everything in the journal, whatever the "
                + "dates", usageError("export", "--to", "2025-03-01", "--format", "json", "--out", "all.json"));
        assertEquals("--no-alarms goes with --format ics only", usageError("export", "--format", "json", "--out",
                "all.json", "--no-alarms"));
    }

    // --- import ---

    @Test
    void importTakesAFileAndMergesByDefault() throws Exception {
        CommandLine parsed = CommandLine.parse("--data-dir", "/srv/j", "import", "backup.json");
        assertEquals(CommandLine.Command.IMPORT, parsed.command());
        assertEquals(Optional.of(Path.of("/srv/j")), parsed.dataDir());
        assertEquals(Optional.of(new ImportOptions(Path.of("backup.json"), ImportMode.MERGE)), parsed.importing());
        assertEquals(new ImportOptions(Path.of("backup.json"), ImportMode.REPLACE), CommandLine.parse("import",
                "--replace", "backup.json", "--data-dir=/srv/j").importing().orElseThrow());
        assertEquals(ImportMode.MERGE, CommandLine.parse("import", "backup.json", "--merge").importing()
                .orElseThrow().mode());
    }

    @Test
    void importNeedsOneFileAndOneWay() {
        assertEquals("import needs the FILE to import", usageError("import", "--replace"));
        assertEquals("choose --merge or --replace, not both", usageError("import", "a.json", "--merge", "--replace"));
        assertEquals("import takes one file, not a.json and b.json", usageError("import", "a.json", "b.json"));
        assertEquals("--replace takes no value", usageError("import", "a.json", "--replace=yes"));
        assertEquals("--replace goes with the import command, after it", usageError("--replace", "import", "a.json"));
        assertEquals("--out does not go with import", usageError("import", "a.json", "--out", "b.json"));
        assertEquals("one command at a time: export, import, backup, restore, sample or rules check",
                usageError("export", "import", "a.json"));
    }

    @Test
    void backupTakesAFolderToCopyToAndRestoreOneFile() throws Exception {
        CommandLine backup = CommandLine.parse("--data-dir", "j", "backup");
        assertEquals(CommandLine.Command.BACKUP, backup.command());
        assertEquals(new BackupOptions(Optional.empty(), Optional.empty()), backup.backup().orElseThrow());
        assertEquals(new BackupOptions(Optional.of(Path.of("/media/stick")), Optional.empty()),
                CommandLine.parse("backup", "--to", "/media/stick").backup().orElseThrow());
        CommandLine restore = CommandLine.parse("restore", "journal-daily-20261122-093000.sqlite");
        assertEquals(CommandLine.Command.RESTORE, restore.command());
        assertEquals(new BackupOptions(Optional.empty(), Optional.of(Path.of("journal-daily-20261122-093000.sqlite"))),
                restore.backup().orElseThrow());

        assertEquals("restore needs the FILE to restore (a backup of the journal)", usageError("restore"));
        assertEquals("restore takes one file, not a.sqlite and b.sqlite", usageError("restore", "a.sqlite",
                "b.sqlite"));
        assertEquals("--to needs a folder", usageError("backup", "--to"));
        assertEquals("--out does not go with backup", usageError("backup", "--out", "x"));
        assertEquals("one command at a time: export, import, backup, restore, sample or rules check",
                usageError("backup", "restore", "a.sqlite"));
        assertTrue(CommandLine.USAGE.contains("backup [--to DIR]") && CommandLine.USAGE.contains("restore FILE"));
    }

    @Test
    void usageShowsImportAndTheJsonExport() {
        for (String text : new String[] {"import FILE [--merge | --replace]", "--format json", "--merge", "--replace",
                "backups folder"}) {
            assertTrue(CommandLine.USAGE.contains(text), text);
        }
    }

    // --- sample ---

    @Test
    void sampleTakesAFolderAndOneYearByDefault() throws Exception {
        CommandLine parsed = CommandLine.parse("sample", "--out", "/tmp/demo");
        assertEquals(CommandLine.Command.SAMPLE, parsed.command());
        assertEquals(Optional.of(new SampleOptions(Path.of("/tmp/demo"), 1)), parsed.sample());
        assertEquals(Optional.empty(), parsed.export());
        assertEquals(new SampleOptions(Path.of("demo"), 10), CommandLine.parse("sample", "--years=10", "--out=demo")
                .sample().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "21", "-1", "two", "1.5", ""})
    void yearsOutsideOneToTwentyAreNamed(String years) {
        String message = usageError("sample", "--out", "demo", "--years=" + years);
        assertTrue(message.startsWith("--years needs"), message);
        assertTrue(years.isEmpty() || message.contains("from 1 to 20, not " + years), message);
    }

    @Test
    void sampleNeedsItsFolderAndItsOwnOptions() {
        assertEquals("sample needs --out DIR", usageError("sample"));
        assertEquals("--out needs a folder", usageError("sample", "--out"));
        assertEquals("sample does not take --format", usageError("sample", "--out", "demo", "--format", "ics"));
        assertEquals("--out comes after the word sample", usageError("--out", "demo", "sample"));
        assertEquals("--years goes with the sample command", usageError("--years", "2"));
        assertEquals("sample writes to --out DIR; --data-dir does not go with it",
                usageError("--data-dir", "/srv/journal", "sample", "--out", "demo"));
        assertEquals("one command at a time: export, import, backup, restore, sample or rules check",
                usageError("export", "--format", "ics", "--out", "x.ics", "sample"));
    }

    @Test
    void helpWinsOverSample() throws Exception {
        assertEquals(CommandLine.Command.HELP, CommandLine.parse("sample", "--help").command());
    }
}
