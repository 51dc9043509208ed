package org.leiojournal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.leiojournal.sample.SampleJournal;
import org.leiojournal.sample.SampleSummary;
import org.leiojournal.storage.JournalInUseException;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.NewerJournalException;
import org.leiojournal.storage.StorageException;

/**
 * {@code sample} without a window: writes a sample journal of invented data into a folder that holds no journal,
 * and says what it wrote and how long it took. Failures are one line on {@code err}, never a stack trace.
 */
public final class SampleCommand {

    private final Clock clock;
    private final CommandOutput output;

    /** {@code clock} gives today and the time zone the entries are written in. */
    public SampleCommand(Clock clock, PrintStream out, PrintStream err) {
        this.clock = clock;
        this.output = new CommandOutput(out, err);
    }

    /** True when the sample was written. */
    public boolean run(CommandLine commandLine) {
        SampleOptions options = commandLine.sample().orElseThrow();
        Path folder = options.out().toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return output.fail(folder + " is a file, not a folder");
        }
        // Someone's real journal must never get invented entries mixed in, nor an earlier sample be overwritten.
        if (JournalStore.holdsJournal(folder)) {
            return output.fail(folder + " already holds a journal; choose a new or empty folder");
        }
        long started = System.nanoTime();
        try {
            SampleSummary summary = SampleJournal.create(folder, ZonedDateTime.now(clock), options.years());
            double seconds = (System.nanoTime() - started) / 1e9;
            output.say(String.format(Locale.ROOT, "Wrote a sample journal (invented data) of %d days: %d check-ins, "
                    + "%d courses of treatment, %d appointments, to %s in %.1f s", summary.days(), summary.checkIns(),
                    summary.courses(), summary.appointments(), folder, seconds));
            output.say("Open it with: leio-journal --data-dir " + folder);
            return true;
        } catch (JournalInUseException e) {
            return output.fail(folder + " is in use by Leio Journal");
        } catch (NewerJournalException | StorageException e) {
            return output.fail("could not write the sample journal in " + folder + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            return output.fail("could not write in " + folder + ": " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()));
        }
    }
}
