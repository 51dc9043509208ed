package org.leiojournal.report.pdf;

/**
 * Something a row draws across {@code width} from {@code left} at {@code y} (the row's top or a baseline, as the row
 * says): a table row's cells, a table head's column names.
 */
@FunctionalInterface
interface Drawing {
    void draw(Canvas canvas, float left, float y, float width);
}
