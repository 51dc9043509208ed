package org.leiojournal.transfer;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.report.pdf.Paper;

/**
 * What a clinic report should hold, as the window's dialog or the command line asked for it: its days (empty: since
 * the last attended clinic visit), paper, sections, and whether the name and the date of birth go on it.
 */
public record ReportRequest(Optional<DateSpan> range, Paper paper, Set<ReportSection> sections, boolean includeName,
                            boolean includeDateOfBirth) {

    public ReportRequest {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(paper, "paper");
        sections = Set.copyOf(sections);
    }
}
