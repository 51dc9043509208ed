package org.leiojournal.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.report.pdf.ClinicReport;
import org.leiojournal.report.pdf.Paper;
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
     * Writes the report of {@code store} as it is at {@code clock}'s now, over {@code range} (empty: the default,
     * since the last attended clinic visit), to {@code target}; returns its number of pages.
     */
    public static int write(JournalStore store, Optional<DateSpan> range, Paper paper, Set<ReportSection> sections,
                            boolean includeName, boolean includeDateOfBirth, Path target, Clock clock)
            throws IOException {
        ReportInput input = ReportData.read(store, AlertRuleCatalog.bundled(), ZonedDateTime.now(clock), range);
        ReportRange chosen = range.map(ReportRange::chosen).orElseGet(input::defaultRange);
        ReportOptions options = new ReportOptions(chosen, paper, sections, includeName, includeDateOfBirth);
        int[] pages = new int[1];
        AtomicFile.writeBytes(target, out -> pages[0] = ClinicReport.write(input, options, out));
        return pages[0];
    }
}
