package org.leiojournal.report.pdf;

import java.util.List;
import java.util.Optional;

/**
 * A titled part of a page: a heading, an optional header row repeated on every page it runs onto (a table's
 * column names), its rows, and what to say when it has none.
 */
record Block(String title, Optional<Row> header, List<Row> rows, String whenEmpty) {

    static final float TITLE_HEIGHT = 19;

    Block {
        header = header == null ? Optional.empty() : header;
        rows = List.copyOf(rows);
        whenEmpty = whenEmpty == null ? "" : whenEmpty;
    }

    static Block of(String title, List<Row> rows, String whenEmpty) {
        return new Block(title, Optional.empty(), rows, whenEmpty);
    }

    /** The height of the title and the header row. */
    float headHeight() {
        return (title.isEmpty() ? 0 : TITLE_HEIGHT) + header.map(Row::height).orElse(0f);
    }

    /** The title as a level-2 heading (inside an artifact, as a "continued" title, it is decoration). */
    static void drawTitle(Canvas canvas, String title, float left, float top, float width) {
        canvas.tagged(Tag.H2, () -> canvas.text(title, left, top + TextStyle.HEADING.size() + 2, TextStyle.HEADING));
        canvas.line(left, top + TITLE_HEIGHT - 3, left + width, top + TITLE_HEIGHT - 3, 0.6f, Rgb.RULE, List.of());
    }

    /** Whether the rows are a table's, so a screen reader gets them as one (see {@link Tag#ROW}). */
    boolean table() {
        return rows.stream().anyMatch(r -> r.tag() == Tag.ROW);
    }
}
