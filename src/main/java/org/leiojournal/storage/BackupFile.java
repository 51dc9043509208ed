package org.leiojournal.storage;

import java.nio.file.Path;
import java.time.Instant;

/** A copy of the journal in the backups folder: why it was made ("daily", "before-import", …) and when. */
public record BackupFile(Path file, String reason, Instant takenAt) {

    /** Made by the app before it changed the journal (an import, a restore, an upgrade), not on a schedule. */
    public boolean beforeAChange() {
        return reason.startsWith("before-");
    }
}
