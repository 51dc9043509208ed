package org.leiojournal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.leiojournal.settings.AppPaths;

/**
 * A command that works on the journal the window would open ({@code export}, {@code import}, {@code backup},
 * {@code restore}): where that journal is, what "now" is, and where the command speaks.
 */
abstract class JournalCommand {

    final Clock clock;
    final CommandOutput output;
    private final Map<String, String> environment;

    JournalCommand(Map<String, String> environment, Clock clock, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.clock = clock;
        this.output = new CommandOutput(out, err);
    }

    /** The journal's folder: {@code --data-dir}, else the one the environment names, else the usual place. */
    final Path folder(CommandLine commandLine) {
        return AppPaths.dataFolder(commandLine.dataDir(), environment);
    }
}
