package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.leiojournal.storage.ImportMode;

/** What {@code import} was asked to do: the file to read, and whether it is merged in or replaces the journal. */
public record ImportOptions(Path file, ImportMode mode) {

    public ImportOptions {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mode, "mode");
    }
}
