package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.report.NoteEntry;

/**
 * The notes written on the range's check-ins, in the user's words, oldest first. A long note is split into pieces
 * that each fit a page, the later pieces marked as continued.
 */
record NoteSection(SectionContext context) {

    private static final float LEAD = 112;
    private static final int LINES_PER_PIECE = 30;

    Block block() {
        List<Row> rows = new ArrayList<>();
        for (NoteEntry entry : NoteEntry.of(context.input().checkIns(), context.span())) {
            String text = (entry.otherProblem().isBlank() ? "" : "Other problem: " + entry.otherProblem() + ". ")
                    + entry.note();
            List<String> lines = Wrap.lines(text, context.width() - LEAD, TextStyle.BODY, context.fonts());
            for (int from = 0; from < lines.size(); from += LINES_PER_PIECE) {
                String piece = String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_PIECE)));
                String lead = from == 0 ? Words.when(entry.at(), context.span()) : "(continued)";
                rows.add(context.led(lead, LEAD, piece, TextStyle.BODY));
            }
        }
        return Block.of("Notes, " + Words.span(context.span()), rows, "No notes in this period.");
    }
}
