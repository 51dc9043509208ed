package org.leiojournal.storage;

/** What a restore put in place, and the copy of the journal as it was just before. */
public record RestoreResult(BackupSummary restored, BackupFile before) {
}
