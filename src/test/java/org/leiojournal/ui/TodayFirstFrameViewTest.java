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
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.today.TodayView;
import org.leiojournal.ui.common.UncachedViewport;

/**
 * Today's first frame paints the check-in once: its scroll panes draw their content directly, not first into a
 * bitmap of their own (JavaFX's default, which made the start draw the whole check-in three times over); its
 * first layout keeps the columns guessed from the window's width; and in one column, the right column's cards (below
 * the fold) come in the frame after the first, in their place.
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
        boolean[] guessed = new boolean[1];
        Stage other = showWindow(width, height, scene ->
                guessed[0] = ((TodayView) scene.getRoot().lookup("#today-view")).isStacked());
        try {
            assertEquals(oneColumn, guessed[0], "guessed before the first layout at " + width + " px");
            TodayView today = (TodayView) other.getScene().getRoot().lookup("#today-view");
            assertEquals(oneColumn, today.isStacked(), "laid out at " + width + " px");
        } finally {
            interact(other::close);
        }
    }

    /** A field of the symptoms, one of each of the right column's cards, and the save button, in Tab's order. */
    private static final List<String> FIRST_FRAME_IDS = List.of("#item-esas-pain", "#checkin-date",
            "#checkin-temperature", "#signs-card", "#checkin-note", "#medicines-today", "#checkin-save");

    /**
     * In one column (a 1366×768 laptop's fitted window), the right column's cards are below the fold: the first
     * frame has the symptoms and the save button without them, and they come in the frame right after it, after
     * the symptoms, in Tab's order. Side by side they are in sight, so in the first frame.
     */
    @Test
    void inOneColumnTheRightColumnsCardsComeAfterTheFirstFrameInTheirPlace() {
        List<List<String>> firstFrame = new java.util.ArrayList<>();
        Stage narrow = showWindow(1280, 720, scene -> firstFrameHas(scene, firstFrame));
        try {
            assertEquals(List.of(List.of("#item-esas-pain", "#checkin-save")), firstFrame,
                    "the first frame: the symptoms and the save button, not the cards below the fold");
            partsBuilt();
            assertEquals(FIRST_FRAME_IDS, inOrder(narrow), "every card, after the symptoms, in Tab's order");
        } finally {
            interact(narrow::close);
        }
        firstFrame.clear();
        Stage wide = showWindow(1920, 1080, scene -> firstFrameHas(scene, firstFrame));
        try {
            assertEquals(List.of(FIRST_FRAME_IDS), firstFrame, "side by side, the first frame has every card");
        } finally {
            interact(wide::close);
        }
    }

    /**
     * In one column the cards come all together in the frame right after the first, not spread over more frames:
     * that frame is built while the first is painted, and each further frame would be another whole repaint of the
     * page before Today is complete (issue 21: nothing the user needs later than about 100 ms after the window).
     */
    @Test
    void inOneColumnEveryCardIsInTheSecondFrame() {
        List<List<String>> frames = new java.util.ArrayList<>();
        Stage narrow = showWindow(1280, 720, scene -> framesHave(scene, 2, frames));
        try {
            partsBuilt();
            assertEquals(List.of(List.of("#item-esas-pain", "#checkin-save"), FIRST_FRAME_IDS), frames,
                    "the first frame without the cards below the fold, the second with all of them");
        } finally {
            interact(narrow::close);
        }
    }

    /** Records which of {@link #FIRST_FRAME_IDS} the scene's first laid-out pulse has. */
    private static void firstFrameHas(javafx.scene.Scene scene, List<List<String>> into) {
        framesHave(scene, 1, into);
    }

    /** Records which of {@link #FIRST_FRAME_IDS} each of the scene's first {@code count} laid-out pulses has. */
    private static void framesHave(javafx.scene.Scene scene, int count, List<List<String>> into) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                into.add(FIRST_FRAME_IDS.stream().filter(id -> scene.lookup(id) != null).toList());
                if (into.size() == count) {
                    scene.removePostLayoutPulseListener(this);
                }
            }
        });
    }

    /** Which of {@link #FIRST_FRAME_IDS} the window has, in the order they stand in the scene graph. */
    private List<String> inOrder(Stage window) {
        List<String> order = new java.util.ArrayList<>();
        interact(() -> walk(window.getScene().lookup("#today-view"), order));
        return order;
    }

    private static void walk(Node node, List<String> order) {
        if (node.getId() != null && FIRST_FRAME_IDS.contains("#" + node.getId())) {
            order.add("#" + node.getId());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, order));
        }
    }

    /** A second window on the journal at this size, as a start builds it; {@code beforeShow} sees its scene. */
    private Stage showWindow(int width, int height, java.util.function.Consumer<javafx.scene.Scene> beforeShow) {
        Stage[] made = new Stage[1];
        interact(() -> made[0] = new Stage());
        Stage other = made[0];
        interact(() -> {
            Messages messages = new Messages(Locale.UK);
            new MainWindow(other, new WindowSettings(width, height, false), store,
                    UiContexts.inline(new FxDialogService(other, messages), messages, CLOCK), openedFolders::add,
                    SampleSwitch.NONE, null);
            beforeShow.accept(other.getScene());
            other.show();
        });
        FxSettle.settle();
        return other;
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
