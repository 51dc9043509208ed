package org.leiojournal.cli;

import org.leiojournal.platform.FileNames;
import java.nio.file.Path;
import org.leiojournal.sample.SampleJournal;

/** Collects the options of {@code sample} (given after the word) while the command line is read. */
final class SampleArguments {

    private Path out;
    private int years = SampleJournal.MIN_YEARS;

    /** Takes {@code option} if it is one of sample's; false if it is not. */
    boolean accept(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        switch (option) {
            case "--out" -> out = FileNames.path(cursor.value(option, "a folder"));
            case "--years" -> years = years(cursor.value(option, "a number of years"));
            default -> {
                return false;
            }
        }
        return true;
    }

    SampleOptions build() throws CommandLine.UsageException {
        if (out == null) {
            throw new CommandLine.UsageException("sample needs --out DIR");
        }
        return new SampleOptions(out, years);
    }

    private static int years(String text) throws CommandLine.UsageException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= SampleJournal.MIN_YEARS && value <= SampleJournal.MAX_YEARS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.UsageException("--years needs a whole number from " + SampleJournal.MIN_YEARS + " to "
                + SampleJournal.MAX_YEARS + ", not " + text);
    }
}
