package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;

/** The symptoms card's new item: its "score 0–10" choice whole at 1366 × 768, not cut to "score …". */
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
}
