package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.UncachedViewport;

/**
 * Today's first frame paints the check-in once: its scroll panes draw their content directly, not first into a
 * bitmap of their own (JavaFX's default, which made the start draw the whole check-in three times over).
 */
class TodayFirstFrameViewTest extends JournalUiTest {

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        store = fresh;
    }

    @Test
    void todaysScrollPanesDrawTheirContentDirectly() {
        List<ScrollPane> panes = lookup("#today-view .scroll-pane").queryAllAs(ScrollPane.class).stream()
                .filter(pane -> !(pane.getParent() instanceof TextArea)) // a note's own text scroller, small
                .filter(pane -> pane.getSkin() != null) // the alert list has none while no alert is open
                .toList();
        assertTrue(panes.size() >= 3, "the page, the symptoms and the details: " + panes);
        for (ScrollPane pane : panes) {
            assertTrue(UncachedViewport.isUncached(pane), pane + " still draws into a cached bitmap first");
        }
    }

    @Test
    void aPlainScrollPaneCachesItsViewportSoTheCheckAboveCanFail() {
        ScrollPane plain = new ScrollPane();
        interact(() -> {
            new javafx.scene.Scene(new javafx.scene.layout.StackPane(plain));
            plain.applyCss(); // makes its skin
        });
        Node viewport = plain.lookup(".viewport");
        assertTrue(viewport != null && viewport.isCache(), "JavaFX's default changed: UncachedViewport may go");
        assertFalse(UncachedViewport.isUncached(plain));
    }
}
