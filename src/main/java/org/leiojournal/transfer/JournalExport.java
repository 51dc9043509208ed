package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.leiojournal.platform.AtomicFile;
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

    /**
     * Writes every table as a CSV file: into a zip when {@code target} ends in {@code .zip} (replacing one that is
     * there), otherwise into a new folder. Returns how many rows were written.
     */
    public static int toCsv(JournalStore store, Path target) throws IOException {
        JournalRows rows = store.rows();
        if (JournalImport.isCsv(target) && !Files.isDirectory(target)) {
            AtomicFile.writeBytes(target, out -> CsvJournalWriter.toZip(rows, out));
        } else {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "already exists; choose a new folder");
            }
            CsvJournalWriter.toFolder(rows, target);
        }
        return rows.size();
    }
}
