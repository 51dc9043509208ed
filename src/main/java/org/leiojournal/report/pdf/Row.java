package org.leiojournal.report.pdf;

/** One unbreakable strip of a page: a line of a list, a table row, a chart. Drawn at the top of its box. */
interface Row {

    float height();

    void draw(Canvas canvas, float left, float top, float width);
}
