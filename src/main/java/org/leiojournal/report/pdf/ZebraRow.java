package org.leiojournal.report.pdf;

/**
 * A row of a data table: tagged as a table row for screen readers, every second one shaded so the eye can follow a
 * line across the page; its {@code cells} are drawn from its top over that. {@code index} counts the table's rows
 * from 0: odd ones are shaded.
 */
record ZebraRow(float height, int index, Drawing cells) implements Row {

    @Override
    public Tag tag() {
        return Tag.ROW;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        if (index % 2 == 1) {
            canvas.fill(left, top, width, height, Rgb.ZEBRA);
        }
        cells.draw(canvas, left, top, width);
    }
}
