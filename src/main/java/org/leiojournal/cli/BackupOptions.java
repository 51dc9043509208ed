package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code backup [--to DIR]} and {@code restore FILE}: with {@code restoreFrom} the journal is restored from that
 * file; without it a backup is made, into the backups folder or, with {@code copyTo}, as a copy into that folder.
 */
public record BackupOptions(Optional<Path> copyTo, Optional<Path> restoreFrom) {

    public BackupOptions {
        Objects.requireNonNull(copyTo, "copyTo");
        Objects.requireNonNull(restoreFrom, "restoreFrom");
    }
}
