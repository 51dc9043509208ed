package org.leiojournal.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;

/**
 * Writes the open journal's clinic report to a file and returns its number of pages; runs on the worker thread.
 * The window wires it to {@code ClinicReportExport}; tests may record what was asked.
 */
@FunctionalInterface
public interface ReportWriter {

    int write(Optional<DateSpan> range, Paper paper, Set<ReportSection> sections, boolean includeName,
              boolean includeDateOfBirth, Path target) throws IOException;
}
