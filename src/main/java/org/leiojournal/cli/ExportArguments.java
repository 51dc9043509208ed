package org.leiojournal.cli;

import org.leiojournal.platform.FileNames;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;

/** Collects the options of {@code export} while the command line is read, then checks them together. */
final class ExportArguments {

    private String format;
    private Path out;
    private LocalDate from;
    private LocalDate to;
    private boolean alarms = true;
    private String alarmsGiven;
    private Paper paper;
    private boolean name;
    private boolean dateOfBirth;
    private String reportOptionGiven;
    private String firstSeen;

    /** Takes {@code option} if it is one of export's; false if it is not. */
    boolean accept(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        switch (option) {
            case "--format" -> format = cursor.value(option, "a format (" + ExportFormat.supported() + ")");
            case "--out" -> out = FileNames.path(cursor.value(option, "a file"));
            case "--from" -> from = date(option, cursor);
            case "--to" -> to = date(option, cursor);
            case "--alarms", "--no-alarms" -> {
                alarms = cursor.flag(option, option.equals("--alarms"));
                alarmsGiven = option;
            }
            case "--paper" -> {
                paper = paper(cursor.value(option, "a paper size (a4 or letter)"));
                reportOptionGiven = option;
            }
            case "--name" -> {
                name = cursor.flag(option, true);
                reportOptionGiven = option;
            }
            case "--date-of-birth" -> {
                dateOfBirth = cursor.flag(option, true);
                reportOptionGiven = option;
            }
            default -> {
                return false;
            }
        }
        if (firstSeen == null) {
            firstSeen = option;
        }
        return true;
    }

    /**
     * Refuses any export option given to another command, naming the first: "--from" + {@code where} ("--from does
     * not go with import"). Given without {@code export}, an export option is a mistake worth naming.
     */
    void refuseAny(String where) throws CommandLine.UsageException {
        if (firstSeen != null) {
            throw new CommandLine.UsageException(firstSeen + where);
        }
    }

    ExportOptions build() throws CommandLine.UsageException {
        if (format == null) {
            throw new CommandLine.UsageException("export needs --format (" + ExportFormat.supported() + ")");
        }
        ExportFormat chosen = ExportFormat.named(format).orElseThrow(() -> new CommandLine.UsageException(
                "unsupported export format: " + format + " (supported: " + ExportFormat.supported() + ")"));
        if (out == null) {
            throw new CommandLine.UsageException("export needs --out FILE");
        }
        if (!chosen.takesDates() && (from != null || to != null)) {
            throw new CommandLine.UsageException((from != null ? "--from" : "--to") + " does not go with --format "
                    + chosen + ": it exports everything in the journal, whatever the dates");
        }
        if (chosen != ExportFormat.ICS && alarmsGiven != null) {
            throw new CommandLine.UsageException(alarmsGiven + " goes with --format ics only");
        }
        if (chosen == ExportFormat.EMERGENCY && (name || dateOfBirth)) {
            throw new CommandLine.UsageException((name ? "--name" : "--date-of-birth") + " does not go with --format "
                    + "emergency: the emergency sheet always prints the name and the date of birth");
        }
        if (chosen != ExportFormat.PDF && chosen != ExportFormat.EMERGENCY && paper != null) {
            throw new CommandLine.UsageException("--paper goes with --format pdf or emergency only");
        }
        if (chosen != ExportFormat.PDF && chosen != ExportFormat.FHIR && chosen != ExportFormat.EMERGENCY
                && reportOptionGiven != null) {
            throw new CommandLine.UsageException(reportOptionGiven + " goes with --format pdf or fhir only");
        }
        if (chosen == ExportFormat.PDF && from == null && to != null) {
            throw new CommandLine.UsageException("--to needs --from with --format pdf (without both, the report "
                    + "covers the days since the last clinic visit)");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.UsageException("--to " + to + " is before --from " + from);
        }
        DateSpan range = new DateSpan(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
        return new ExportOptions(chosen, out, range, alarms,
                new ReportChoices(Optional.ofNullable(paper), name, dateOfBirth));
    }

    private static Paper paper(String text) throws CommandLine.UsageException {
        return Arrays.stream(Paper.values()).filter(p -> p.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new CommandLine.UsageException("--paper takes a4 or letter, not " + text));
    }

    private static LocalDate date(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        String text = cursor.value(option, "a date (yyyy-MM-dd)");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.UsageException(option + " needs a date as yyyy-MM-dd, such as 2025-03-31, not "
                    + text);
        }
    }
}
