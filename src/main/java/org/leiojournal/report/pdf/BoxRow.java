package org.leiojournal.report.pdf;

import java.util.List;

/** Rows inside a box: filled (the sheet's red heading band) or framed (its "possible neutropenic sepsis" box). */
final class BoxRow implements Row {

    private static final float PADDING = 8;

    private final List<Row> inner;
    private final Rgb fill;
    private final Rgb frame;
    private final float frameWidth;

    private BoxRow(List<Row> inner, Rgb fill, Rgb frame, float frameWidth) {
        this.inner = List.copyOf(inner);
        this.fill = fill;
        this.frame = frame;
        this.frameWidth = frameWidth;
    }

    static BoxRow filled(List<Row> inner, Rgb fill) {
        return new BoxRow(inner, fill, null, 0);
    }

    static BoxRow framed(List<Row> inner, Rgb frame, float frameWidth) {
        return new BoxRow(inner, null, frame, frameWidth);
    }

    /** The width left inside for the rows. */
    static float inside(float width) {
        return width - 2 * PADDING;
    }

    @Override
    public float height() {
        return inner.stream().map(Row::height).reduce(0f, Float::sum) + 2 * PADDING;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        if (fill != null) {
            canvas.fill(left, top, width, height(), fill);
        }
        if (frame != null) {
            canvas.frame(left, top, width, height(), frameWidth, frame);
        }
        float y = top + PADDING;
        for (Row row : inner) {
            canvas.draw(row, left + PADDING, y, inside(width));
            y += row.height();
        }
    }
}
