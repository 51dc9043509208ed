package org.leiojournal.storage;

import java.nio.file.Path;

/** A file that cannot be restored: not a journal, damaged, or written by a newer Leio Journal. */
public final class BackupRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Why {
        NOT_A_JOURNAL,
        DAMAGED,
        NEWER
    }

    private final transient Path file;
    private final Why why;

    BackupRefusedException(Path file, Why why, String detail) {
        super(file + " " + detail);
        this.file = file;
        this.why = why;
    }

    public Path file() {
        return file;
    }

    public Why why() {
        return why;
    }
}
