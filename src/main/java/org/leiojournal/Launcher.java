package org.leiojournal;

import java.io.PrintStream;
import javafx.application.Application;
import org.leiojournal.cli.AppVersion;
import org.leiojournal.cli.CommandLine;

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
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a headless command and returns its exit code, or opens the window and returns when it closes. */
    static int run(String[] args, PrintStream out, PrintStream err) {
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
            case OPEN_WINDOW -> Application.launch(JournalApp.class, args);
        }
        return OK;
    }
}
