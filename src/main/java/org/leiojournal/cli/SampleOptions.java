package org.leiojournal.cli;

import java.nio.file.Path;
import java.util.Objects;

/** What {@code sample} was asked to write: the folder for the sample journal and how many years it covers. */
public record SampleOptions(Path out, int years) {

    public SampleOptions {
        Objects.requireNonNull(out, "out");
    }
}
