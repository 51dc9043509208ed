package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: Settings' first frame has the top card of each column (the profile, the look); the other cards come one
 * per frame right after it, each in its place, so the window never freezes for the whole screen at once.
 */
class SettingsFirstFrameViewTest extends JournalUiTest {

    /** One field of each card, in the order Tab reaches them once the screen is complete. */
    private static final List<String> CARDS = List.of("#profile-name", "#profile-emergency", "#contacts-list",
            "#backup-last", "#lock-status", "#look-text-size", "#items-list", "#data-path");

    @Test
    void theFirstFrameHasTheTopCardsAndEveryCardIsThereOnceTheScreenSettlesInItsPlace() throws Exception {
        completeWelcome();
        Scene scene = stage.getScene();
        CompletableFuture<List<String>> firstFrame = new CompletableFuture<>();
        interact(() -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (scene.lookup("#settings-view") != null) {
                    scene.removePostLayoutPulseListener(this);
                    firstFrame.complete(CARDS.stream().filter(id -> scene.lookup(id) != null).toList());
                }
            }
        }));
        push(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN));
        List<String> inFirstFrame = firstFrame.get(60, TimeUnit.SECONDS);
        assertTrue(inFirstFrame.containsAll(List.of("#profile-name", "#profile-emergency", "#look-text-size")),
                inFirstFrame.toString());
        assertTrue(inFirstFrame.size() < CARDS.size(), "the lower cards come after the first frame: " + inFirstFrame);

        partsBuilt();
        List<String> all = CARDS.stream().filter(id -> lookup(id).tryQuery().isPresent()).toList();
        assertEquals(CARDS, all, "every card, none lost");
        assertEquals(CARDS, inTraversalOrder(), "each card in its place: the profile's column first, top down");
    }

    /** The cards' fields in the order they stand in the scene graph, which is the order Tab follows. */
    private List<String> inTraversalOrder() {
        List<String> order = new ArrayList<>();
        walk(lookup("#settings-view").query(), order);
        return order;
    }

    private void walk(Node node, List<String> order) {
        if (node.getId() != null && CARDS.contains("#" + node.getId())) {
            order.add("#" + node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, order));
        }
    }
}
