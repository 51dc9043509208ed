package org.leiojournal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.ImportResult;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;
import org.leiojournal.transfer.JournalImport;
import org.leiojournal.transfer.JournalImportException;
import org.leiojournal.transfer.fhir.FhirLabImport;
import org.leiojournal.transfer.fhir.FhirRefusedException;
import org.leiojournal.transfer.fhir.LabImportPreview;

/**
 * {@code import} without a window: reads a JSON export (with {@code --fhir}, a portal's lab results) into the
 * journal the window would open (a new one where there is none, as on a new computer) and says what it did in one
 * line (with {@code --fhir}, after listing the preview). A refused file changes nothing; every failure is one line
 * on {@code err}, never a stack trace.
 */
public final class ImportCommand extends JournalCommand {

    public ImportCommand(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        super(environment, clock, out, err);
    }

    /** True when the file was imported. */
    public boolean run(CommandLine commandLine) {
        ImportOptions options = commandLine.importing().orElseThrow();
        Path folder = folder(commandLine);
        Path file = options.file().toAbsolutePath().normalize();
        // Real data must never go into a folder of invented data, which the app may delete and write afresh.
        if (JournalStore.isSample(folder)) {
            return output.fail("the journal in " + folder
                    + " is a sample of invented data; import into your own journal");
        }
        try (JournalStore store = JournalStore.open(folder, clock)) {
            if (options.fhir()) {
                return fhir(store, file, folder, options.preview());
            }
            ImportResult result = JournalImport.from(store, file, options.mode());
            output.say(summary(result, file, folder));
            return true;
        } catch (JournalImportException e) {
            return output.fail("nothing was imported from " + file + ": " + e.problem().message());
        } catch (FhirRefusedException e) {
            return output.fail("nothing was imported from " + file + ": " + e.getMessage());
        } catch (JournalInUseException e) {
            return output.fail(JournalRefusal.inUse(folder));
        } catch (NewerJournalException e) {
            return output.fail(JournalRefusal.newer(folder, e));
        } catch (StorageException e) {
            return output.fail("could not import into the journal in " + folder + " (" + e.getMessage()
                    + "); it is as it was");
        } catch (RuntimeException e) {
            // A bug rather than a user's mistake: name it for the report, without a stack trace on the terminal.
            return output.fail("the import failed (" + e + ")");
        }
    }

    /** Lists what the file adds, what is already there and what is skipped and why; then merges unless previewing. */
    private boolean fhir(JournalStore store, Path file, Path folder, boolean preview) throws FhirRefusedException {
        LabImportPreview plan = FhirLabImport.preview(store, file, clock);
        print("Adds", plan.added());
        print("Already in the journal", plan.alreadyThere());
        print("Skipped", plan.skipped());
        String counts = CommandOutput.count(plan.added().size(), "value") + " to add, "
                + plan.alreadyThere().size() + " already there, " + plan.skipped().size() + " skipped";
        if (preview) {
            output.say("Nothing was changed (--preview): " + counts);
        } else if (plan.nothingToAdd()) {
            output.say("Nothing to add from " + file + ": " + counts);
        } else {
            FhirLabImport.merge(store, plan);
            output.say("Merged the lab results of " + file + " into the journal in " + folder + ": " + counts);
        }
        return true;
    }

    private void print(String heading, List<LabImportPreview.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        output.say(heading + ":");
        for (LabImportPreview.Line line : lines) {
            output.say("  " + line.at().map(ImportCommand::when).orElse("") + (line.at().isPresent() ? "  " : "")
                    + line.what() + (line.why().isEmpty() ? "" : ": " + line.why()));
        }
    }

    private static String when(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime();
    }

    private static String summary(ImportResult result, Path file, Path folder) {
        if (result.mode() == ImportMode.REPLACE) {
            return "Replaced the journal in " + folder + " with " + file + " ("
                    + CommandOutput.count(result.added(), "row") + "); the journal as it was is kept in "
                    + result.backup().orElse(folder.resolve(JournalStore.BACKUP_FOLDER));
        }
        return "Merged " + file + " into the journal in " + folder + ": " + CommandOutput.count(result.added(), "row")
                + " added, " + result.alreadyThere() + " already there";
    }
}
