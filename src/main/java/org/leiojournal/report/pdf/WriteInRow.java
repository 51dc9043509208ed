package org.leiojournal.report.pdf;

import java.util.List;

/** A label and a line to write on by hand, for what the journal does not keep ("Allergies: ______"). */
record WriteInRow(String label, TextStyle style) implements Row {

    private static final float HEIGHT = 21;

    @Override
    public float height() {
        return HEIGHT;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        float baseline = top + HEIGHT - 6;
        canvas.text(label, left, baseline, style);
        float from = left + canvas.width(label, style) + 6;
        canvas.line(from, baseline + 1, left + width, baseline + 1, 0.6f, Rgb.MUTED, List.of());
    }
}
