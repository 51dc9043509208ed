package org.leiojournal.cli;

import java.nio.file.Path;
import org.leiojournal.platform.FileNames;

/**
 * Walks the arguments and reads option values in either form, {@code --out FILE} or {@code --out=FILE}. A value
 * that is missing, blank or looks like the next option is a usage error naming the option.
 */
final class ArgumentCursor {

    private final String[] args;
    private int next;
    private String current;
    private String inlineValue;

    ArgumentCursor(String[] args) {
        this.args = args.clone();
    }

    boolean hasNext() {
        return next < args.length;
    }

    /** The next option's name, without any "=value", which {@link #value} then returns. */
    String nextOption() {
        String arg = args[next++];
        current = arg;
        int equals = arg.indexOf('=');
        if (arg.startsWith("--") && equals > 0) {
            inlineValue = arg.substring(equals + 1);
            return arg.substring(0, equals);
        }
        inlineValue = null;
        return arg;
    }

    /** The argument {@link #nextOption} last read, as typed. */
    String current() {
        return current;
    }

    /** The value of {@code option}; {@code what} says what it should be ("a folder"). */
    String value(String option, String what) throws CommandLine.UsageException {
        String value = inlineValue;
        if (value == null && next < args.length && !args[next].startsWith("--")) {
            value = args[next++];
        }
        if (value == null || value.isBlank()) {
            throw new CommandLine.UsageException(option + " needs " + what);
        }
        return value;
    }

    /** The command's one FILE, {@code argument}; a second FILE is a usage error naming both. */
    static Path onlyFile(String command, Path already, String argument) throws CommandLine.UsageException {
        if (already != null) {
            throw new CommandLine.UsageException(command + " takes one file, not " + already + " and " + argument);
        }
        return FileNames.path(argument);
    }

    /** An option that takes no value; {@code --alarms=yes} is refused rather than guessed at. */
    <T> T flag(String option, T meaning) throws CommandLine.UsageException {
        if (inlineValue != null) {
            throw new CommandLine.UsageException(option + " takes no value");
        }
        return meaning;
    }
}
