package org.leiojournal.storage;

import java.nio.file.Path;
import java.time.Instant;

/** What a backup holds, read without changing it: shown before a restore replaces anything. */
public record BackupSummary(Path file, Instant takenAt, int schemaVersion, int checkIns, int courses,
                            int appointments) {
}
