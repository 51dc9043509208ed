package org.leiojournal.report.pdf;

/** One unbreakable strip of a page: a line of a list, a table row, a chart. Drawn at the top of its box. */
interface Row {

    float height();

    void draw(Canvas canvas, float left, float top, float width);

    /** What the row is to a screen reader; by default each text a paragraph, the rest decoration. */
    default Tag tag() {
        return Tag.AUTO;
    }

    /** Blank space of a height, between blocks. */
    static Row gap(float height) {
        return new Row() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(Canvas canvas, float left, float top, float width) {
                // space only
            }
        };
    }
}
