package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.leiojournal.storage.ImportMode;

/**
 * What {@code import} was asked to do: the file to read, and whether it is merged in or replaces the journal; or,
 * with {@code fhir}, lab results from a FHIR file merged in, or with {@code preview} only listed.
 */
public record ImportOptions(Path file, ImportMode mode, boolean fhir, boolean preview) {

    public ImportOptions {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mode, "mode");
    }

    public ImportOptions(Path file, ImportMode mode) {
        this(file, mode, false, false);
    }
}
