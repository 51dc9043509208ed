package org.leiojournal.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats {@code export --format} writes. More come with later issues (csv, json): add them here. */
public enum ExportFormat {
    ICS("ics");

    private final String name;

    ExportFormat(String name) {
        this.name = name;
    }

    /** The name typed after --format, case ignored. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "ics", or "csv, ics, json" once there are more: for usage errors. */
    public static String supported() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }
}
