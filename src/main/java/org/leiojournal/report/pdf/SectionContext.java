package org.leiojournal.report.pdf;

import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.VisitSummary;
import org.leiojournal.domain.trend.CycleBands;
import org.leiojournal.domain.trend.DateSpan;

/**
 * What every section of the clinic report draws from: the journal as read for the report, the summary of the
 * chosen days, the fonts, the width of the text column, and the treatment cycles over the report's days (worked out
 * once: issue 21, each section worked them out again).
 */
record SectionContext(ReportInput input, VisitSummary summary, ReportFonts fonts, float width, CycleBands bands) {

    SectionContext(ReportInput input, VisitSummary summary, ReportFonts fonts, float width) {
        this(input, summary, fonts, width, CycleBands.of(input.courses(), summary.range().span()));
    }

    /** The report's days. */
    DateSpan span() {
        return summary.range().span();
    }

    /** Text wrapped to the column. */
    TextRow text(String text, TextStyle style) {
        return TextRow.of(text, style, width, fonts);
    }

    /** A bold lead {@code leadWidth} wide and the text wrapped beside it, across the column. */
    TextRow led(String lead, float leadWidth, String text, TextStyle style) {
        return TextRow.led(lead, leadWidth, text, style, width, fonts);
    }

    /** The same, cut to at most {@code maxLines} lines, the last ending in "…" when more were cut. */
    TextRow led(String lead, float leadWidth, String text, TextStyle style, int maxLines) {
        return led(lead, leadWidth, text, style).limited(maxLines, width, fonts);
    }
}
