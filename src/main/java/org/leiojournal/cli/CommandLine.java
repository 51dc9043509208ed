package org.leiojournal.cli;

import org.leiojournal.platform.FileNames;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked for on the command line. Parsing never exits; the launcher decides what to do.
 * {@code export}, {@code sample}, {@code importing}, {@code backup} and {@code rulesCheck} are present exactly when
 * the command is {@link Command#EXPORT}, {@link Command#SAMPLE}, {@link Command#IMPORT}, {@link Command#BACKUP} or
 * {@link Command#RESTORE}, and {@link Command#RULES_CHECK}.
 */
public record CommandLine(Command command, Optional<Path> dataDir, Optional<ExportOptions> export,
                          Optional<SampleOptions> sample, Optional<ImportOptions> importing,
                          Optional<BackupOptions> backup, Optional<RulesCheckOptions> rulesCheck) {

    public enum Command { OPEN_WINDOW, HELP, VERSION, EXPORT, SAMPLE, IMPORT, BACKUP, RESTORE, RULES_CHECK }

    public CommandLine(Command command, Optional<Path> dataDir, Optional<ExportOptions> export,
                       Optional<SampleOptions> sample, Optional<ImportOptions> importing,
                       Optional<BackupOptions> backup) {
        this(command, dataDir, export, sample, importing, backup, Optional.empty());
    }

    public CommandLine(Command command, Optional<Path> dataDir, Optional<ExportOptions> export,
                       Optional<SampleOptions> sample) {
        this(command, dataDir, export, sample, Optional.empty(), Optional.empty());
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: leio-journal [--data-dir DIR] [--help] [--version]",
            "       leio-journal [--data-dir DIR] export --format ics --out FILE [--from DATE] [--to DATE]",
            "                    [--alarms | --no-alarms]",
            "       leio-journal [--data-dir DIR] export --format pdf --out FILE [--from DATE [--to DATE]]",
            "                    [--paper a4|letter] [--name] [--date-of-birth]",
            "       leio-journal [--data-dir DIR] export --format emergency --out FILE [--paper a4|letter]",
            "       leio-journal [--data-dir DIR] export --format json|csv --out PATH",
            "       leio-journal [--data-dir DIR] export --format fhir --out FILE [--from DATE] [--to DATE]",
            "                    [--name] [--date-of-birth]",
            "       leio-journal [--data-dir DIR] import FILE [--merge | --replace]",
            "       leio-journal [--data-dir DIR] import FILE --fhir [--preview]",
            "       leio-journal [--data-dir DIR] backup [--to DIR]",
            "       leio-journal [--data-dir DIR] restore FILE",
            "       leio-journal sample --out DIR [--years N]",
            "       leio-journal rules check FILE [--rules RULES.json]",
            "",
            "Without a command, opens the journal window.",
            "",
            "  --data-dir DIR  use the journal in DIR (default: $" + "LEIO_JOURNAL_HOME, else the user data folder)",
            "  --help          show this help and exit",
            "  --version       show the version and exit",
            "",
            "export writes a file from the journal. Close the app first.",
            "  --format ics    appointments and treatment days as a calendar file (iCalendar) that Google, Apple",
            "                  and Outlook calendars import; importing a later export updates the same events",
            "  --format pdf    the clinic report: a one-page visit summary, then charts, blood tests, the",
            "                  daily table, medicines and notes; without --from, the days since the last",
            "                  clinic visit",
            "  --format emergency  the one-page emergency sheet for an emergency department, as the journal",
            "                  stands now; it always prints the name and the date of birth",
            "  --format json   everything in the journal, in one file that import reads back (no dates apply)",
            "  --format csv    every table as a CSV file, into PATH.zip, or else into a new folder PATH; import",
            "                  reads it back too (no dates apply)",
            "  --format fhir   an HL7 FHIR R4 Bundle (JSON) that health records systems read: check-ins as",
            "                  ESAS-r questionnaire responses, measurements, treatment, appointments, alerts",
            "  --out FILE      the file to write; an existing one is replaced",
            "  --from DATE     the first day to include, as yyyy-MM-dd (default: no limit)",
            "  --to DATE       the last day to include, as yyyy-MM-dd (default: no limit; pdf: today)",
            "  --alarms        ics: reminders the day before, for preparation steps and the evening before",
            "                  treatment (the default)",
            "  --no-alarms     ics: no reminders",
            "  --paper SIZE    pdf, emergency: a4 or letter (default: letter in the US and Canada, else a4)",
            "  --name          pdf: print the name on the report; fhir: include it (left off unless given)",
            "  --date-of-birth pdf: print the date of birth and age; fhir: include it (left off unless given)",
            "",
            "import reads a json export, or a csv export's .zip or folder, into the journal: the whole of it is",
            "checked first, and an export with any problem changes nothing. Close the app first.",
            "  --merge         add what the journal does not have yet; what it has stays as it is (the default)",
            "  --replace       replace everything in the journal with the file; a copy of the journal as it was",
            "                  is kept in its backups folder",
            "  --fhir          FILE is lab results from a patient portal: a FHIR R4 Bundle or NDJSON of",
            "                  Observations. Lab results the journal knows become blood tests (in its units),",
            "                  blood pressure and pulse become home readings; nothing it holds is changed. It",
            "                  lists what it adds, what is already there and what it skips, and why",
            "  --preview       with --fhir: only list that; change nothing",
            "",
            "backup copies the journal, consistent even while the app has it open, into its backups folder",
            "(kept 7 days, 4 weeks and 12 months), or with --to DIR into DIR (a USB stick, say) as",
            "leio-journal-DATE.sqlite. The app also backs up once a day, and before every upgrade, import",
            "and restore.",
            "restore puts the journal in FILE (a backup) in place of the journal, after backing that up;",
            "a file that is not a whole journal is refused and nothing changes. Close the app first.",
            "",
            "sample writes a journal of invented data, marked SAMPLE, for demos, screenshots and benchmarks:",
            "an invented patient's treatment, daily check-ins, appointments and notes, ending yesterday.",
            "Open it with --data-dir DIR.",
            "  --out DIR       a new or empty folder for it; a folder that holds a journal is refused",
            "  --years N       how many years it covers, 1 to 20 (default 1)",
            "",
            "rules check evaluates the check-ins of a scenario FILE (JSON: profile, courses, checkIns; see the",
            "README) against the alert rules the app ships, in order, each against those before it, and prints",
            "the alerts each raises as JSON: {\"results\":[{\"at\":…,\"alerts\":[{\"rule\",\"tier\",",
            "\"subject\",\"observed\"}]}]}. It reads no journal and writes nothing.",
            "  --rules FILE    use this rules file (an edited copy of alerts/rules.json) instead",
            "",
            "Exit codes: 0 ok, 1 failed, 2 bad usage.");

    /** Thrown for arguments the app does not understand; the message says which. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** Help and version win over a command, so that {@code export --help} shows the help. */
    public static CommandLine parse(String... args) throws UsageException {
        try {
            return parseArguments(args);
        } catch (java.nio.file.InvalidPathException e) {
            // a name this system refuses (on Windows CON, a colon, …): the reason in words, not a stack trace
            throw new UsageException("cannot use " + e.getInput().replaceAll("\\p{Cntrl}", "?") + " as a file name: "
                    + e.getReason());
        }
    }

    private static CommandLine parseArguments(String... args) throws UsageException {
        Command command = Command.OPEN_WINDOW;
        Path dataDir = null;
        boolean export = false;
        boolean sample = false;
        boolean importing = false;
        boolean backup = false;
        boolean restore = false;
        boolean rules = false;
        RulesCheckArguments rulesArguments = new RulesCheckArguments();
        BackupArguments backupArguments = new BackupArguments();
        ExportArguments exportArguments = new ExportArguments();
        SampleArguments sampleArguments = new SampleArguments();
        ImportArguments importArguments = new ImportArguments();
        ArgumentCursor cursor = new ArgumentCursor(args);
        while (cursor.hasNext()) {
            String option = cursor.nextOption();
            switch (option) {
                case "--help", "-h" -> command = cursor.flag(option, Command.HELP);
                case "--version", "-V" -> command = cursor.flag(option, Command.VERSION);
                case "--data-dir" -> dataDir = FileNames.path(cursor.value(option, "a folder"));
                case "export" -> export = true;
                case "sample" -> sample = true;
                case "import" -> importing = true;
                case "backup" -> backup = true;
                case "restore" -> restore = true;
                case "rules" -> rules = true;
                default -> {
                    if (rules && rulesArguments.accept(option, cursor)) {
                        continue;
                    }
                    if (backup && backupArguments.acceptBackup(option, cursor)
                            || restore && backupArguments.acceptRestore(option)) {
                        continue;
                    }
                    // After the word import, a word that is not an option is the file to import.
                    if (importing && importArguments.accept(option, cursor)) {
                        continue;
                    }
                    if (option.equals("--merge") || option.equals("--replace") || option.equals("--fhir")
                            || option.equals("--preview")) {
                        throw new UsageException(option + " goes with the import command, after it");
                    }
                    // After the word sample, options are sample's; --out means its folder there.
                    if (sample ? !sampleArguments.accept(option, cursor) : !exportArguments.accept(option, cursor)) {
                        throw new UsageException(sample ? "sample does not take " + cursor.current()
                                : option.equals("--years") ? "--years goes with the sample command"
                                : "unknown argument: " + cursor.current());
                    }
                }
            }
        }
        if (command != Command.OPEN_WINDOW) {
            return new CommandLine(command, Optional.ofNullable(dataDir), Optional.empty(), Optional.empty());
        }
        if ((export ? 1 : 0) + (sample ? 1 : 0) + (importing ? 1 : 0) + (backup ? 1 : 0) + (restore ? 1 : 0)
                + (rules ? 1 : 0) > 1) {
            throw new UsageException("one command at a time: export, import, backup, restore, sample or rules check");
        }
        if (rules) {
            return rulesCheck(dataDir, exportArguments, rulesArguments);
        }
        if (backup || restore) {
            exportArguments.refuseAny(" does not go with " + (backup ? "backup" : "restore"));
            return new CommandLine(backup ? Command.BACKUP : Command.RESTORE, Optional.ofNullable(dataDir),
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(backup ? backupArguments.backup() : backupArguments.restore()));
        }
        if (importing) {
            exportArguments.refuseAny(" does not go with import");
            return new CommandLine(Command.IMPORT, Optional.ofNullable(dataDir), Optional.empty(), Optional.empty(),
                    Optional.of(importArguments.build()), Optional.empty());
        }
        if (sample) {
            return sample(dataDir, exportArguments, sampleArguments);
        }
        if (export) {
            return new CommandLine(Command.EXPORT, Optional.ofNullable(dataDir),
                    Optional.of(exportArguments.build()), Optional.empty());
        }
        exportArguments.refuseAny(" goes with the export command");
        return new CommandLine(command, Optional.ofNullable(dataDir), Optional.empty(), Optional.empty());
    }

    /** rules check reads two files and no journal, so a data folder or an export option is a slip. */
    private static CommandLine rulesCheck(Path dataDir, ExportArguments before, RulesCheckArguments options)
            throws UsageException {
        if (dataDir != null) {
            throw new UsageException("rules check reads no journal; --data-dir does not go with it");
        }
        before.refuseAny(" does not go with rules check");
        return new CommandLine(Command.RULES_CHECK, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(options.build()));
    }

    private static CommandLine sample(Path dataDir, ExportArguments before, SampleArguments options)
            throws UsageException {
        if (dataDir != null) {
            throw new UsageException("sample writes to --out DIR; --data-dir does not go with it");
        }
        before.refuseAny(" comes after the word sample");
        return new CommandLine(Command.SAMPLE, Optional.empty(), Optional.empty(), Optional.of(options.build()));
    }
}
