package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the user asked for on the command line. Parsing never exits; the launcher decides what to do. */
public record CommandLine(Command command, Optional<Path> dataDir) {

    public enum Command { OPEN_WINDOW, HELP, VERSION }

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: leio-journal [--data-dir DIR] [--help] [--version]",
            "",
            "Without a command, opens the journal window.",
            "",
            "  --data-dir DIR  use the journal in DIR (default: $" + "LEIO_JOURNAL_HOME, else the user data folder)",
            "  --help          show this help and exit",
            "  --version       show the version and exit",
            "",
            "Exit codes: 0 ok, 1 failed, 2 bad usage.");

    /** Thrown for arguments the app does not understand; the message says which. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static CommandLine parse(String... args) throws UsageException {
        Command command = Command.OPEN_WINDOW;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> command = Command.HELP;
                case "--version", "-V" -> command = Command.VERSION;
                case "--data-dir" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) {
                        throw new UsageException("--data-dir needs a folder");
                    }
                    dataDir = Path.of(args[++i]);
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        String value = arg.substring("--data-dir=".length());
                        if (value.isBlank()) {
                            throw new UsageException("--data-dir needs a folder");
                        }
                        dataDir = Path.of(value);
                    } else {
                        throw new UsageException("unknown argument: " + arg);
                    }
                }
            }
        }
        return new CommandLine(command, Optional.ofNullable(dataDir));
    }
}
