package org.leiojournal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.leiojournal.platform.AppVersion;
import org.leiojournal.cli.BackupCommand;
import org.leiojournal.cli.CommandLine;
import org.leiojournal.cli.ExportCommand;
import org.leiojournal.cli.ImportCommand;
import org.leiojournal.cli.RulesCheckCommand;
import org.leiojournal.cli.SampleCommand;
import org.leiojournal.platform.PortableNatives;
import org.leiojournal.settings.AppPaths;

/**
 * Entry point. Headless commands run here without starting JavaFX; otherwise the window opens. Kept apart from
 * the Application class so that a plain class-path launch works and headless commands start fast.
 */
public final class Launcher {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_USAGE = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), AppClock.system(), System.out, System.err));
    }

    /**
     * Runs a headless command and returns its exit code, or opens the window and returns when it closes.
     * {@code environment} may name the data folder ({@code LEIO_JOURNAL_HOME}), as for the window; {@code clock} is
     * the app's one clock, in the user's zone: a report's days and a backup's "today" are the ones the user lives.
     */
    static int run(String[] args, Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            err.println("leio-journal: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return BAD_USAGE;
        }
        switch (commandLine.command()) {
            case HELP -> out.println(CommandLine.USAGE);
            case VERSION -> out.println("Leio Journal " + AppVersion.current());
            case EXPORT -> {
                quietRoutineLogging();
                return new ExportCommand(environment, clock, out, err).run(commandLine) ? OK : FAILED;
            }
            case IMPORT -> {
                quietRoutineLogging();
                return new ImportCommand(environment, clock, out, err).run(commandLine) ? OK : FAILED;
            }
            case BACKUP, RESTORE -> {
                quietRoutineLogging();
                return new BackupCommand(environment, clock, out, err).run(commandLine) ? OK : FAILED;
            }
            case RULES_CHECK -> {
                return new RulesCheckCommand(out, err).run(commandLine) ? OK : FAILED; // no journal, no clock
            }
            case SAMPLE -> {
                quietRoutineLogging();
                return new SampleCommand(clock, out, err).run(commandLine) ? OK : FAILED;
            }
            case OPEN_WINDOW -> {
                beginOpening(commandLine, environment, clock);
                PortableNatives.prepare(); // the portable jar on a Mac: JavaFX's libraries for this processor
                Application.launch(JournalApp.class, args);
            }
        }
        return OK;
    }

    /** Starts opening the journal while JavaFX starts; if its folder cannot even be named, the window says so. */
    private static void beginOpening(CommandLine commandLine, Map<String, String> environment, Clock clock) {
        try {
            JournalOpening.begin(AppPaths.dataFolder(commandLine.dataDir(), environment), clock,
                    Optional.of(AppPaths.cacheFolder()));
        } catch (RuntimeException e) {
            Logger.getLogger(Launcher.class.getName()).fine("The journal opens with the window: " + e);
        }
    }

    /**
     * A headless command prints its own one-line result and failures; the journal's routine INFO lines ("Journal
     * opened") would read like complaints on the terminal. Warnings still show. Set once: the process ends after.
     */
    private static void quietRoutineLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
