package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.StackPane;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.ScrollIntoView;
import org.leiojournal.ui.common.UndoBar;
import org.leiojournal.ui.testing.FxSettle;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mounts the one screen under test on its own, without the window's shell (the welcome, sidebar, lock and
 * Ctrl+digit shortcuts): built by the same {@link JournalScreens} the window uses, on a journal in a fresh
 * temporary folder past its welcome, with the fixed clock, the saved text size and theme (leio.css), the undo bar
 * over its bottom edge and the file choosers answered by {@link #dialogs}. {@link #visit} shows another screen of the
 * same journal; {@link #restart()} closes the journal and mounts the screen again on it. A test of the shell itself
 * (the welcome, sidebar, shortcuts, lock, first frames) is a whole-window journey ({@link JournalUiTest}).
 */
abstract class ScreenViewTest extends JournalUiTest {

    /** The screens and view models of the open journal, as the window would hold them. */
    JournalScreens screens;

    /** Where the screen is, with the undo bar over its bottom edge. */
    private StackPane content;

    /** The window's sidebar beside the screen, or null. */
    private Sidebar sidebar;

    /** The screen this class tests, mounted before each test. */
    abstract Screen screen();

    /**
     * True to mount the screen beside the window's sidebar, so that it gets the width it has in the window at every
     * text size: for tests of what fits at a window size (a column, a field, a choice cut at 1366 × 768).
     */
    boolean besideTheSidebar() {
        return false;
    }

    @Override
    void build(int width, int height) {
        if (!store.profile().load().welcomeCompleted()) { // as if the first-start questions were answered
            store.profile().save(store.profile().load().withWelcomeCompleted());
        }
        Messages messages = new Messages(Locale.UK);
        // after an import or a restore the screen is mounted again on the journal, as the window is rebuilt
        screens = new JournalScreens(stage, store, JournalSnapshot.read(store), context(messages), openedFolders::add,
                SampleSwitch.NONE, () -> build(width, height));
        UndoBar undoBar = new UndoBar(screens.state().undo(), messages);
        StackPane.setAlignment(undoBar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(undoBar, new Insets(0, 0, 16, 0));
        content = new StackPane(new javafx.scene.layout.Region(), undoBar);
        javafx.scene.Parent root = content;
        sidebar = null;
        if (besideTheSidebar()) { // the window's sidebar takes its share of the width, more at a larger text
            sidebar = new Sidebar(screens.state(), messages, () -> screens.openReport(stage, messages));
            root = new javafx.scene.layout.BorderPane(content, null, null, null, sidebar.node());
        }
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, width, height);
        screens.useLook(Look.install(scene, new SettingsStore(store.folder()))); // before Settings is built
        ScrollIntoView.install(scene);
        // the toolkit's one stage is shared by the test classes of a run: no window minimum, this size
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        screens.state().screenProperty().set(screen());
        mount(screen());
        // a "Read more" link or visit() changes the screen, as the sidebar would
        screens.state().screenProperty().addListener((o, old, now) -> mount(now));
    }

    /** The window at 1024×600 with the text made 200 % as a user does (Ctrl+plus four times). */
    void at200PercentTextIn1024By600() {
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        for (int i = 0; i < 4; i++) {
            shortcut(javafx.scene.input.KeyCode.EQUALS);
        }
        assertEquals("-fx-font-size: 28.00px;", stage.getScene().getRoot().getStyle(), "200 % text");
    }

    /** Shows {@code screen} of the same journal instead, as choosing it in the sidebar does (without a sidebar). */
    void visit(Screen screen) {
        interact(() -> screens.state().screenProperty().set(screen));
        FxSettle.settle();
        partsBuilt();
    }

    /** A test starts on the whole screen: the parts it builds after its first frame (Settings' cards) are in. */
    @org.junit.jupiter.api.BeforeEach
    void screenBuilt() {
        partsBuilt();
    }

    @Override
    void restart() {
        super.restart();
        partsBuilt();
    }

    private void mount(Screen screen) {
        if (sidebar != null) {
            sidebar.select(screen);
        }
        content.getChildren().set(0, screens.registry().screen(screen));
        screens.registry().shown(screen);
        // as the window does: the first field gets the focus once the screen is laid out
        AfterFrame.afterLayout(content.getScene(), screens.registry().focus(screen));
    }


    /** Saves Today's check-in with its Save button (Ctrl+S is the window's: the whole-window journeys press it). */
    void saveCheckIn() {
        clickOn(reveal("#checkin-save"));
        FxSettle.settle();
    }

    @Override
    void openTreatment() {
        visit(Screen.TREATMENT);
    }

    /** Opens the course plan form on "Build a regimen from scratch", the cursor in the course's name. */
    void openCourseFormFromScratch() {
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> template = lookup("#course-template").queryAs(ChoiceBox.class);
        interact(() -> template.getSelectionModel().select(0)); // "Build a regimen from scratch"
        clickOn("#course-new");
        assertEquals("course-name", focusSettled("course-name"), "the form opens at the course's name");
    }

    /** Where the focus is once it has moved to {@code expected}, or after the UI has settled without moving there. */
    String focusSettled(String expected) {
        FxSettle.settle();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> expected.equals(focused()));
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the caller's assertion, with where the focus is instead
        }
        return focused();
    }

    String focused() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
