package org.leiojournal.report.pdf;

/** A section heading with its rule, as a row of a one-page layout. */
final class TitleRow implements Row {

    private final String title;

    TitleRow(String title) {
        this.title = title;
    }

    @Override
    public float height() {
        return Block.TITLE_HEIGHT + 2;
    }

    @Override
    public void draw(Canvas canvas, float left, float top, float width) {
        Block.drawTitle(canvas, title, left, top + 2, width);
    }
}
