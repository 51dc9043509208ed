package org.leiojournal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The launcher's JVM options from installer/java-options: one a line, # for a comment. */
final class JavaOptions {

    static final Path FILE = Path.of("installer", "java-options");

    private JavaOptions() {
    }

    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
