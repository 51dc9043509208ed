package org.leiojournal.report.pdf;

import java.util.List;

/** The key facts of the first page in a tinted box with a bar down its left side, read before anything else. */
final class FactsBox implements Row {

    private static final float PAD = 6;

    private final List<Row> rows;

    FactsBox(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public float height() {
        return rows.stream().map(Row::height).reduce(0f, Float::sum) + 2 * PAD;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        canvas.fill(left, top, width, height() - 4, Rgb.ZEBRA);
        canvas.fill(left, top, 3, height() - 4, Rgb.ACCENT);
        float y = top + PAD;
        for (Row row : rows) {
            canvas.draw(row, left + 10, y, width - 16);
            y += row.height();
        }
    }
}
