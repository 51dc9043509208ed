package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import org.leiojournal.report.AtomicFile;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalStore;

/** Writes everything in a journal to one JSON file (format 1), whole or not at all. */
public final class JournalExport {

    private JournalExport() {
    }

    /** Returns how many rows were written. */
    public static int toJson(JournalStore store, Path file) throws IOException {
        JournalRows rows = store.rows();
        AtomicFile.write(file, out -> JsonJournalWriter.write(rows, out));
        return rows.size();
    }
}
