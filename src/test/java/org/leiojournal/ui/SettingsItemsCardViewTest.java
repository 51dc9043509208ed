package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;

/**
 * The symptoms card: its new item's "score 0–10" choice whole at 1366 × 768, not cut to "score …"; its list's rows
 * one height from the text size.
 */
class SettingsItemsCardViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the width Settings has in a 1366 × 768 window
    }

    @Test
    void theNewItemsKindShowsItsWholeWordsAt1366By768() {
        ComboBox<?> kind = lookup("#item-new-kind").queryAs(ComboBox.class);
        double[] widths = new double[2];
        interact(() -> {
            widths[0] = kind.getWidth();
            widths[1] = kind.prefWidth(-1);
        });
        assertTrue(widths[0] >= widths[1] - 0.5,
                "\"score 0–10\" whole, not \"score …\": width " + widths[0] + " of " + widths[1]);
    }

    /**
     * Fourteenth session (issue 21): the list no longer measures each row in each layout; its rows have one height
     * from the text size, as tall as a row of the list measures itself, at every text size.
     */
    @Test
    void theSymptomListsRowsAreOneHeightFromTheTextSizeAsTallAsARowMeasuresItself() {
        ListView<?> list = lookup("#items-list").queryAs(ListView.class);
        for (int larger = 0; larger <= 4; larger++) {
            double[] heights = new double[3];
            interact(() -> {
                ListCell<?> shown = (ListCell<?>) list.lookup(".list-cell");
                ListCell<String> measured = new ListCell<>(); // a row not in a list measures itself
                measured.setText(shown.getText());
                Pane card = (Pane) list.getParent();
                measured.setManaged(false);
                card.getChildren().add(measured);
                measured.applyCss();
                heights[0] = list.getFixedCellSize();
                heights[1] = measured.prefHeight(-1);
                heights[2] = shown.getHeight();
                card.getChildren().remove(measured);
            });
            String size = stage.getScene().getRoot().getStyle();
            assertTrue(heights[0] > 0, "one height for every row at " + size);
            assertEquals(heights[1], heights[0], 0.01, "as tall as a row measures itself at " + size);
            assertEquals(heights[1], heights[2], 0.01, "the row shown that tall at " + size);
            if (larger < 4) {
                shortcut(KeyCode.EQUALS);
            }
        }
    }
}
