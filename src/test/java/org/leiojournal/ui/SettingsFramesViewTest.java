package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, eighth session: the symptoms card's list comes a frame before its editing rows (the whole card in one
 * frame was the longest of Settings' first visit), and its new item's "score 0–10" choice is whole at 1366 × 768.
 */
class SettingsFramesViewTest extends JournalUiTest {

    @Test
    void theSymptomsListComesAFrameBeforeItsEditingRowsWhichThenFollowTheSelection() throws Exception {
        completeWelcome();
        Scene scene = stage.getScene();
        List<List<String>> frames = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                List<String> there = List.of("#items-list", "#item-new-kind").stream()
                        .filter(id -> scene.lookup(id) != null).toList();
                if (!there.isEmpty()) {
                    frames.add(there);
                }
                if (there.size() == 2) {
                    scene.removePostLayoutPulseListener(this);
                    done.complete(null);
                }
            }
        }));
        push(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN));
        done.get(60, TimeUnit.SECONDS);
        assertEquals(List.of("#items-list"), frames.get(0), "the list first, without its editing rows");
        partsBuilt();

        ListView<?> list = lookup("#items-list").queryAs(ListView.class);
        interact(() -> list.getSelectionModel().select(0)); // Pain: built in, so it cannot be renamed
        assertTrue(lookup("#item-rename").query().isDisabled(), "the rows follow the list's selection");
    }

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
