package org.leiojournal.storage;

import java.nio.file.Path;

/** Another running copy of the app holds this data folder; this copy must not write to it. */
public class JournalInUseException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    public JournalInUseException(Path folder) {
        super("The journal in " + folder + " is open in another copy of Leio Journal");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
