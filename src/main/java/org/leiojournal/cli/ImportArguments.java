package org.leiojournal.cli;

import java.nio.file.Path;
import org.leiojournal.storage.ImportMode;

/** Collects the file and options of {@code import} (given after the word) while the command line is read. */
final class ImportArguments {

    private Path file;
    private String modeGiven;
    private ImportMode mode = ImportMode.MERGE;
    private boolean fhir;
    private boolean preview;

    /** Takes {@code option} if it is one of import's, or its file; false if it is neither. */
    boolean accept(String option, ArgumentCursor cursor) throws CommandLine.UsageException {
        switch (option) {
            case "--merge", "--replace" -> {
                ImportMode chosen = cursor.flag(option, option.equals("--merge") ? ImportMode.MERGE
                        : ImportMode.REPLACE);
                if (modeGiven != null && chosen != mode) {
                    throw new CommandLine.UsageException("choose --merge or --replace, not both");
                }
                mode = chosen;
                modeGiven = option;
            }
            case "--fhir" -> fhir = cursor.flag(option, true);
            case "--preview" -> preview = cursor.flag(option, true);
            default -> {
                if (option.startsWith("-")) {
                    return false;
                }
                file = ArgumentCursor.onlyFile("import", file, option);
            }
        }
        return true;
    }

    ImportOptions build() throws CommandLine.UsageException {
        if (file == null) {
            throw new CommandLine.UsageException("import needs the FILE to import");
        }
        if (fhir && mode == ImportMode.REPLACE) {
            throw new CommandLine.UsageException(
                    "import --fhir adds lab results to the journal; it cannot --replace it");
        }
        if (preview && !fhir) {
            throw new CommandLine.UsageException("--preview goes with import --fhir");
        }
        return new ImportOptions(file, mode, fhir, preview);
    }
}
