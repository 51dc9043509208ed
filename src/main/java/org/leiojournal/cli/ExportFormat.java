package org.leiojournal.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats {@code export --format} writes. {@code takesDates} says whether {@code --from}/{@code --to}
 * apply: json is everything in the journal, always; fhir (HL7 FHIR R4 JSON) takes dates like ics and pdf.
 */
public enum ExportFormat {
    CSV("csv", false),
    FHIR("fhir", true),
    ICS("ics", true),
    JSON("json", false),
    PDF("pdf", true),
    /** The one-page emergency sheet, as the journal stands now. */
    EMERGENCY("emergency", false);

    private final String name;
    private final boolean takesDates;

    ExportFormat(String name, boolean takesDates) {
        this.name = name;
        this.takesDates = takesDates;
    }

    /** The name typed after --format, case ignored. */
    public static Optional<ExportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "csv, fhir, ics, json, pdf": for usage errors. */
    public static String supported() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    public boolean takesDates() {
        return takesDates;
    }

    @Override
    public String toString() {
        return name;
    }
}
