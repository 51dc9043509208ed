package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.report.NoteEntry;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.VisitSummary;

/**
 * The notes written on the range's check-ins, in the user's words, oldest first. A long note is split into pieces
 * that each fit a page, the later pieces marked as continued.
 */
final class NoteSection {

    private static final float LEAD = 112;
    private static final int LINES_PER_PIECE = 30;

    private final ReportInput input;
    private final VisitSummary summary;
    private final ReportFonts fonts;
    private final float width;

    NoteSection(ReportInput input, VisitSummary summary, ReportFonts fonts, float width) {
        this.input = input;
        this.summary = summary;
        this.fonts = fonts;
        this.width = width;
    }

    Block block() {
        List<Row> rows = new ArrayList<>();
        for (NoteEntry entry : NoteEntry.of(input.checkIns(), summary.range().span())) {
            String text = (entry.otherProblem().isBlank() ? "" : "Other problem: " + entry.otherProblem() + ". ")
                    + entry.note();
            List<String> lines = Wrap.lines(text, width - LEAD, TextStyle.BODY, fonts);
            for (int from = 0; from < lines.size(); from += LINES_PER_PIECE) {
                String piece = String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_PIECE)));
                String lead = from == 0 ? Words.when(entry.at(), summary.range().span()) : "(continued)";
                rows.add(TextRow.led(lead, LEAD, piece, TextStyle.BODY, width, fonts));
            }
        }
        return Block.of("Notes, " + Words.span(summary.range().span()), rows, "No notes in this period.");
    }
}
