package org.leiojournal.report.pdf;

import java.util.List;

/**
 * The head of a report table, repeated wherever the table continues: its explanation as a caption, the column
 * names (tagged as the table's header row) on one baseline, and a rule under them. {@code namesHeight} is the room
 * under the note for the names, which are drawn on their baseline, 5 pt above its bottom.
 */
record TableHead(TextRow note, float namesHeight, Drawing names) implements Row {

    @Override
    public float height() {
        return note.height() + namesHeight;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        canvas.draw(Tag.CAPTION.on(note), left, top, width);
        float bottom = top + height();
        canvas.group(Tag.HEADER_ROW.role(), Tag.HEADER_ROW.cells(), () -> names.draw(canvas, left, bottom - 5, width));
        canvas.line(left, bottom - 1, left + width, bottom - 1, 0.6f, Rgb.RULE, List.of());
    }
}
