package org.leiojournal.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * One height for every row of a long table, worked out from the text size, so the table never measures its rows:
 * with thousands of rows of varying height, the table lays out and styles rows only to guess where its scroll bar
 * goes (issue 21). The rows still grow with the text: at 200 % they are as tall as a line of bold words needs.
 */
public final class TableRows {

    private TableRows() {
    }

    /**
     * A row tall enough for one line of text, bold or not, at {@code scale} times the usual text size, or for a
     * graphic {@code graphicHeight} px tall, with a table cell's padding (1/6 em) and 1 px border above and below.
     */
    public static double height(double scale, double graphicHeight) {
        double fontPx = TextScale.BASE_FONT_PX * scale;
        double line = 0;
        for (FontWeight weight : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
            Text text = new Text("Ag");
            text.setFont(Font.font(Font.getDefault().getFamily(), weight, fontPx));
            text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a cell's text measures itself
            line = Math.max(line, text.getLayoutBounds().getHeight());
        }
        // each inset is snapped to whole pixels on its own, so round each up, not their sum
        return Math.ceil(Math.max(line, graphicHeight)) + 2 * Math.ceil(1 + fontPx / 6);
    }
}
