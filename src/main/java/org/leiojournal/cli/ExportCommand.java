package org.leiojournal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.report.RangeCheck;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.report.CalendarExport;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;
import org.leiojournal.transfer.CalendarFileExport;
import org.leiojournal.transfer.ClinicReportExport;
import org.leiojournal.transfer.EmergencySheetExport;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.transfer.ReportRequest;
import org.leiojournal.transfer.fhir.FhirChoices;
import org.leiojournal.transfer.fhir.FhirExport;

/**
 * {@code export} without a window: opens the journal the window would open, writes the file (a calendar, the
 * clinic report, everything as JSON or CSV, or as a FHIR R4 Bundle), and says what it did in one line. Every failure is one line on
 * {@code err} and {@code false}, never a stack trace.
 */
public final class ExportCommand extends JournalCommand {

    public ExportCommand(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        super(environment, clock, out, err);
    }

    /** True when the file was written. */
    public boolean run(CommandLine commandLine) {
        ExportOptions options = commandLine.export().orElseThrow();
        Path folder = folder(commandLine);
        Path file = options.out().toAbsolutePath().normalize();
        // A slip such as --out journal.sqlite would otherwise move the export over the journal itself.
        if (file.startsWith(folder)) {
            return output.fail("write the " + (options.format() == ExportFormat.ICS ? "calendar" : "export")
                    + " outside the journal's folder " + folder);
        }
        // Opening creates a journal where there is none; an export must not leave an empty one behind.
        if (!Files.isRegularFile(folder.resolve(JournalStore.FILE_NAME))) {
            return output.fail("there is no journal in " + folder + " (start Leio Journal once, or give its folder "
                    + "with --data-dir)");
        }
        try (JournalStore store = JournalStore.open(folder, clock)) {
            return switch (options.format()) {
                case ICS -> calendar(store, options, file);
                case JSON -> everything(store, file);
                case CSV -> tables(store, file);
                case FHIR -> fhir(store, options, file);
                case PDF -> report(store, options, file);
                case EMERGENCY -> emergencySheet(store, options, file);
            };
        } catch (JournalInUseException e) {
            return output.fail(JournalRefusal.inUse(folder));
        } catch (NewerJournalException e) {
            return output.fail(JournalRefusal.newer(folder, e));
        } catch (StorageException e) {
            return output.fail("could not read the journal in " + folder + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            return output.fail("could not write " + file + ": " + CommandOutput.reason(e));
        } catch (RuntimeException e) {
            // A bug rather than a user's mistake: name it for the report, without a stack trace on the terminal.
            return output.fail("the export failed (" + e + ")");
        }
    }

    private boolean calendar(JournalStore store, ExportOptions options, Path file) throws IOException {
        CalendarExport.Result result = CalendarFileExport.write(store, options.range(), options.alarms(), file,
                clock);
        output.say("Exported " + CommandOutput.count(result.appointments(), "appointment") + " and "
                + CommandOutput.count(result.treatmentDays(), "treatment day") + " to " + file);
        return true;
    }

    private boolean report(JournalStore store, ExportOptions options, Path file) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Optional<DateSpan> span = Optional.empty();
        if (options.range().first() != LocalDate.MIN) {
            LocalDate to = options.range().last() == LocalDate.MAX ? today : options.range().last();
            List<Problem> problems = RangeCheck.check(options.range().first(), to, today);
            if (!problems.isEmpty()) {
                Problem first = problems.get(0);
                boolean from = first.field().equals(RangeCheck.Field.FROM);
                String date = from ? "--from " + options.range().first() : "--to " + to;
                return output.fail(date + " " + switch (first.messageKey()) {
                    case RangeCheck.TOO_EARLY -> "is before " + RangeCheck.EARLIEST;
                    case RangeCheck.FUTURE -> "is after today (" + today + ")";
                    default -> "is before --from " + options.range().first(); // BACKWARDS: both dates are given
                });
            }
            span = Optional.of(new DateSpan(options.range().first(), to));
        }
        ReportChoices choices = options.report();
        Paper paper = choices.paper().orElse(Paper.forLocale(Locale.getDefault()));
        int pages = ClinicReportExport.write(store, new ReportRequest(span, paper, EnumSet.allOf(ReportSection.class),
                choices.name(), choices.dateOfBirth()), file, clock);
        output.say("Wrote the clinic report (" + CommandOutput.count(pages, "page") + ", "
                + span.map(s -> s.first() + " to " + s.last()).orElse("since the last clinic visit") + ") to "
                + file);
        return true;
    }

    private boolean emergencySheet(JournalStore store, ExportOptions options, Path file) throws IOException {
        Paper paper = options.report().paper().orElse(Paper.forLocale(Locale.getDefault()));
        EmergencySheetExport.write(store, paper, file, clock);
        output.say("Wrote the emergency sheet (1 page, with the name and date of birth) to " + file);
        return true;
    }

    private boolean tables(JournalStore store, Path target) throws IOException {
        int rows = JournalExport.toCsv(store, target);
        output.say("Exported every table (" + CommandOutput.count(rows, "row") + ") as CSV to " + target);
        return true;
    }

    private boolean fhir(JournalStore store, ExportOptions options, Path file) throws IOException {
        ReportChoices choices = options.report();
        int resources = FhirExport.write(store, new FhirChoices(options.range(), choices.name(),
                choices.dateOfBirth()), file, clock);
        output.say("Exported the journal as a FHIR R4 Bundle (" + CommandOutput.count(resources, "resource") + ") to " + file);
        return true;
    }

    private boolean everything(JournalStore store, Path file) throws IOException {
        int rows = JournalExport.toJson(store, file);
        output.say("Exported everything in the journal (" + CommandOutput.count(rows, "row") + ") to " + file);
        return true;
    }
}
