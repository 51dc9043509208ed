package org.leiojournal.ui.report;

import java.nio.file.Path;

/** File names of saved PDFs, shared by the clinic report and the emergency sheet. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** A name typed without ".pdf" gets it: a chooser on Linux does not add the extension itself. */
    static Path withPdfExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? target
                : target.resolveSibling(name + ".pdf");
    }
}
