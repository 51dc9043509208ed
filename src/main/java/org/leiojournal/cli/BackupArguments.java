package org.leiojournal.cli;

import org.leiojournal.platform.FileNames;
import java.nio.file.Path;
import java.util.Optional;

/** Collects {@code backup [--to DIR]} or {@code restore FILE} (given after the word) while the line is read. */
final class BackupArguments {

    private Path copyTo;
    private Path file;

    /** Takes an option of {@code backup}; false if it is none. */
    boolean acceptBackup(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        if (!option.equals("--to")) {
            return false;
        }
        copyTo = FileNames.path(cursor.value(option, "a folder"));
        return true;
    }

    /** Takes the file of {@code restore}; false for an option. */
    boolean acceptRestore(String option) throws CommandLine.UsageException {
        if (option.startsWith("-")) {
            return false;
        }
        file = ArgumentCursor.onlyFile("restore", file, option);
        return true;
    }

    BackupOptions backup() {
        return new BackupOptions(Optional.ofNullable(copyTo), Optional.empty());
    }

    BackupOptions restore() throws CommandLine.UsageException {
        if (file == null) {
            throw new CommandLine.UsageException("restore needs the FILE to restore (a backup of the journal)");
        }
        return new BackupOptions(Optional.empty(), Optional.of(file));
    }
}
