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

    static void drawTitle(Canvas canvas, String title, float left, float top, float width) {
        canvas.text(title, left, top + TextStyle.HEADING.size() + 2, TextStyle.HEADING);
        canvas.line(left, top + TITLE_HEIGHT - 3, left + width, top + TITLE_HEIGHT - 3, 0.6f, Rgb.RULE, List.of());
    }
}
