package org.leiojournal.cli;

import java.nio.file.Path;
import org.leiojournal.storage.NewerJournalException;

/** How every command words a journal it may not open, so each says the same and names what to do. */
final class JournalRefusal {

    private JournalRefusal() {
    }

    static String inUse(Path folder) {
        return "the journal in " + folder + " is open in Leio Journal; close the app and try again";
    }

    static String newer(Path folder, NewerJournalException e) {
        return "the journal in " + folder + " was written by a newer Leio Journal (schema " + e.foundVersion()
                + ", this one reads up to " + e.supportedVersion() + "); update the app";
    }
}
