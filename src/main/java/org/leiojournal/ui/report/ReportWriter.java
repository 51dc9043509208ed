package org.leiojournal.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import org.leiojournal.transfer.ReportRequest;

/**
 * Writes the open journal's clinic report to a file and returns its number of pages; runs on the worker thread.
 * The window wires it to {@code ClinicReportExport}; tests may record what was asked.
 */
@FunctionalInterface
public interface ReportWriter {

    int write(ReportRequest request, Path target) throws IOException;
}
