package org.leiojournal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.leiojournal.storage.BackupFile;
import org.leiojournal.storage.BackupRefusedException;
import org.leiojournal.storage.BackupSummary;
import org.leiojournal.storage.Backups;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.RestoreResult;
import org.leiojournal.storage.StorageException;

/**
 * {@code backup [--to DIR]} and {@code restore FILE} without a window, with the window's guarantees: the copy is
 * consistent, a restore backs the journal up first and refuses a file that is not a whole journal. One line on
 * {@code out} or {@code err}, never a stack trace.
 */
public final class BackupCommand extends JournalCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public BackupCommand(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        super(environment, clock, out, err);
    }

    /** True when the backup, copy or restore was made. */
    public boolean run(CommandLine commandLine) {
        BackupOptions options = commandLine.backup().orElseThrow();
        Path folder = folder(commandLine);
        if (options.restoreFrom().isEmpty() && !JournalStore.holdsJournal(folder)) {
            return output.fail("there is no journal in " + folder + " to back up (give its folder with --data-dir)");
        }
        if (options.restoreFrom().isPresent() && !Files.isRegularFile(options.restoreFrom().get())) {
            return output.fail("there is no file " + options.restoreFrom().get().toAbsolutePath() + " to restore");
        }
        if (options.restoreFrom().isPresent() && JournalStore.isSample(folder)) {
            return output.fail("the journal in " + folder
                    + " is a sample of invented data; restore into your own journal");
        }
        try (JournalStore store = JournalStore.open(folder, clock)) {
            if (options.restoreFrom().isPresent()) {
                return restore(store, options.restoreFrom().get().toAbsolutePath().normalize(), folder);
            }
            if (options.copyTo().isPresent()) {
                Path copy = store.backups().copyTo(options.copyTo().get().toAbsolutePath().normalize());
                output.say("Copied the journal in " + folder + " to " + copy);
            } else {
                BackupFile made = store.backups().backUp(Backups.MANUAL);
                output.say("Backed up the journal in " + folder + " to " + made.file());
            }
            return true;
        } catch (JournalInUseException e) {
            return output.fail("the journal in " + folder + " is open in Leio Journal; use Back up now in its "
                    + "Settings, or close the app and try again");
        } catch (NewerJournalException e) {
            return output.fail(JournalRefusal.newer(folder, e));
        } catch (IOException e) {
            return output.fail("could not copy the journal to " + options.copyTo().orElse(folder) + ": "
                    + CommandOutput.reason(e));
        } catch (StorageException e) {
            return output.fail("could not back up or restore the journal in " + folder + " (" + e.getMessage()
                    + "); it is as it was");
        }
    }

    private boolean restore(JournalStore store, Path file, Path folder) {
        try {
            RestoreResult result = store.restore(file);
            BackupSummary restored = result.restored();
            output.say("Restored the journal in " + folder + " from " + file + " (made "
                    + WHEN.format(restored.takenAt().atZone(clock.getZone())) + ": "
                    + CommandOutput.count(restored.checkIns(), "check-in") + ", "
                    + CommandOutput.count(restored.courses(), "course") + ", "
                    + CommandOutput.count(restored.appointments(), "appointment")
                    + "); the journal as it was is kept in " + result.before().file());
            return true;
        } catch (BackupRefusedException e) {
            return output.fail("nothing was restored from " + file + ": " + switch (e.why()) {
                case NEWER -> "a newer Leio Journal wrote it; update the app";
                case DAMAGED -> "it is damaged or cut short";
                case NOT_A_JOURNAL -> "it is not a Leio Journal journal";
            });
        }
    }
}
