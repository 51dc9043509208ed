package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The symptoms card's new item: its "score 0–10" choice whole at 1366 × 768, not cut to "score …". */
class SettingsItemsCardViewTest extends JournalUiTest {

    @Test
    void theNewItemsKindShowsItsWholeWordsAt1366By768() {
        completeWelcome();
        push(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN));
        partsBuilt();
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
