package org.leiojournal.report.pdf;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.leiojournal.domain.report.ReportRange;
import org.leiojournal.domain.report.ReportSection;

/**
 * What the user chose for one report: its days, its paper, the sections after the summary, and whether the name
 * and the date of birth are printed (both off unless ticked: a report may be left on a desk).
 */
public record ReportOptions(ReportRange range, Paper paper, Set<ReportSection> sections, boolean includeName,
                            boolean includeDateOfBirth) {

    public ReportOptions {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(paper, "paper");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
    }

    /** Every section, A4, no name or date of birth. */
    public static ReportOptions everything(ReportRange range) {
        return new ReportOptions(range, Paper.A4, EnumSet.allOf(ReportSection.class), false, false);
    }
}
