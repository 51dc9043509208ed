package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.report.pdf.ClinicReport;
import org.leiojournal.report.pdf.ReportOptions;
import org.leiojournal.storage.JournalStore;

/**
 * The clinic report of an open journal written to a file, headless: what the window's dialog and the command
 * line's {@code export --format pdf} both call. The file is replaced whole or not at all.
 */
public final class ClinicReportExport {

    private ClinicReportExport() {
    }

    /**
     * Writes the report {@code request} asks for, of {@code store} as it is at {@code clock}'s now, to
     * {@code target}; returns its number of pages.
     */
    public static int write(JournalStore store, ReportRequest request, Path target, Clock clock) throws IOException {
        ReportInput input = ReportInputReader.read(store, AlertRuleCatalog.bundled(), ZonedDateTime.now(clock),
                request.range());
        ReportRange chosen = request.range().map(ReportRange::chosen).orElseGet(input::defaultRange);
        ReportOptions options = new ReportOptions(chosen, request.paper(), request.sections(), request.includeName(),
                request.includeDateOfBirth());
        int[] pages = new int[1];
        AtomicFile.writeBytes(target, out -> pages[0] = ClinicReport.write(input, options, out));
        return pages[0];
    }
}
