package org.leiojournal.report.pdf;

/**
 * A row of a data table: tagged as a table row for screen readers, every second one shaded so the eye can follow a
 * line across the page. Subclasses draw only the cells.
 */
abstract class ZebraRow implements Row {

    private final float height;
    private final int index;

    /** {@code index} counts the table's rows from 0: odd ones are shaded. */
    ZebraRow(float height, int index) {
        this.height = height;
        this.index = index;
    }

    @Override
    public final Tag tag() {
        return Tag.ROW;
    }

    @Override
    public final float height() {
        return height;
    }

    @Override
    public final void draw(Canvas canvas, float left, float top, float width) {
        if (index % 2 == 1) {
            canvas.fill(left, top, width, height, Rgb.ZEBRA);
        }
        cells(canvas, left, top, width);
    }

    /** Draws the row's cells over its (maybe shaded) box. */
    abstract void cells(Canvas canvas, float left, float top, float width);
}
