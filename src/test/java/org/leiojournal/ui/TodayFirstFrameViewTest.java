package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.today.TodayView;
import org.testfx.util.WaitForAsyncUtils;
import org.leiojournal.ui.common.UncachedViewport;

/**
 * Today's first frame paints the check-in once: its scroll panes draw their content directly, not first into a
 * bitmap of their own (JavaFX's default, which made the start draw the whole check-in three times over); and its
 * first layout keeps the columns guessed from the window's width.
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

    /**
     * The first guess at Today's columns comes from the window's width, before the first CSS pass: a 1366×768
     * laptop's fitted window (1280 px) starts with one column and a 1920 px window with two, and the first layout
     * keeps what was guessed, so it has nothing to move and restyle.
     */
    @Test
    void todaysFirstColumnsAreGuessedFromTheWindowsWidthAndTheFirstLayoutKeepsThem() {
        assertStartsAndStays(1280, 720, true);
        assertStartsAndStays(1920, 1080, false);
    }

    private void assertStartsAndStays(int width, int height, boolean oneColumn) {
        Stage[] made = new Stage[1];
        interact(() -> made[0] = new Stage());
        Stage other = made[0];
        boolean[] guessed = new boolean[1];
        interact(() -> {
            Messages messages = new Messages(Locale.UK);
            new MainWindow(other, new WindowSettings(width, height, false), store,
                    UiContexts.inline(new FxDialogService(other, messages), messages, CLOCK), openedFolders::add,
                    SampleSwitch.NONE, null);
            guessed[0] = ((TodayView) other.getScene().getRoot().lookup("#today-view")).isStacked();
            other.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(oneColumn, guessed[0], "guessed before the first layout at " + width + " px");
            TodayView today = (TodayView) other.getScene().getRoot().lookup("#today-view");
            assertEquals(oneColumn, today.isStacked(), "laid out at " + width + " px");
        } finally {
            interact(other::close);
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
