package org.leiojournal.ui.settings;

import javafx.collections.MapChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.leiojournal.ui.common.TextScale;

/**
 * One height for every row of a list whose rows are one line of text, worked out from the text size, so the list
 * never measures its rows: the symptom list measured each of its items' rows again in each layout of Settings'
 * first visit (a quarter of that frame's allocation, issue 21). The rows are as tall as they measured themselves, at
 * every text size.
 */
final class OneLineRows {

    private OneLineRows() {
    }

    /** Gives {@code list} that height in the window's text size, and again whenever the text size changes. */
    static void fix(ListView<?> list) {
        MapChangeListener<Object, Object> textSize = change -> {
            if (TextScale.KEY.equals(change.getKey())) {
                list.setFixedCellSize(height(TextScale.of(list)));
            }
        };
        list.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getProperties().removeListener(textSize);
            }
            if (scene != null) {
                scene.getProperties().addListener(textSize);
                list.setFixedCellSize(height(TextScale.of(list)));
            }
        });
    }

    /**
     * A line of text at {@code scale} times the usual size, with a list row's padding (a quarter em above and
     * below, each snapped to whole pixels on its own).
     */
    static double height(double scale) {
        double fontPx = TextScale.BASE_FONT_PX * scale;
        Text text = new Text("Ag");
        text.setFont(Font.font(Font.getDefault().getFamily(), fontPx));
        text.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a row's text measures itself
        return Math.ceil(text.getLayoutBounds().getHeight()) + 2 * Math.round(fontPx / 4);
    }
}
