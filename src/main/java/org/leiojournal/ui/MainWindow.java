package org.leiojournal.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.leiojournal.app.JournalSnapshot;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.settings.WindowPlacement;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.appointment.ReminderNotifier;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.IdlePrebuild;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.SampleSwitch;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.ScrollIntoView;
import org.leiojournal.ui.common.UndoBar;
import org.leiojournal.ui.lock.LockLayer;

/**
 * The window's shell: the sidebar of screens, the screen shown, the keyboard shortcuts and when the focus moves.
 * The screens themselves and their view models come from {@link JournalScreens}; the welcome shows instead until
 * the first-start questions are answered.
 */
public final class MainWindow {

    /**
     * The screens built at idle, heaviest first visit first (issue 21: Treatment 503 ms, Settings 353 ms in the
     * fourteenth session's idle run). Each screen built holds its nodes and data from then on, and resident memory
     * with ten years charted must stay under 300 MB: 290-294 MB with Treatment and Settings; with Appointments too it
     * was 295-298 MB under load but 303 MB in the fifteenth session's idle run, and 309 MB with the Journal as well,
     * so neither is built at idle; Trends neither (its charts come in one frame of about 300 ms, which a click would
     * wait for); Guidance meets 300 ms without. {@code -Dleio.prebuild=treatment,appointments,…} chooses others
     * (performance-history.md, "Fourteenth session" and "Fifteenth session: screens built at idle").
     */
    static final List<Screen> PREBUILD_ORDER = List.of(Screen.TREATMENT, Screen.SETTINGS);
    /** The property key of a screen kept in the window, hidden, while another shows (the benchmark skips them). */
    public static final String KEPT_HIDDEN = "screen-kept-hidden";

    private final JournalScreens journal;
    private final ScreenRegistry screens;
    private final AppState state;
    private final Messages messages;
    private final Runnable openReport;
    private final BorderPane root = new BorderPane();
    /** The screen shown, with the window's undo bar floating over its bottom edge. */
    private final StackPane content = new StackPane();
    private final Sidebar sidebar;
    /** A slow screen's first visit draws a "Loading…" frame before the screen is built (see {@link #showLoadingFirst}). */
    private boolean loadingFirst;
    /** Built screens stay in {@link #content}, hidden while another shows (see {@link #prebuildAtIdle}). */
    private boolean keepScreens;
    /** What {@link #content} shows: a screen or its "Loading…" frame. */
    private Node showing;
    /** The "Loading…" frame of the first visit under way, if any: not kept once something else shows. */
    private Node loadingFrame;
    /** The screens being built at idle, if started, and their order. */
    private IdlePrebuild prebuild;
    private List<Screen> prebuildOrder = List.of();
    /** Set when the app is ending: no screen is built at idle from then on ({@link #stopAtIdle}). */
    private boolean ending;

    /**
     * {@code ui}: the worker, dialogs, words and clock every screen of the window is handed; {@code sample} opens the
     * sample journal and leaves it (a sample journal gets a banner saying so); {@code reload} builds the window again
     * on the same journal after an import (null: this window builds its successor itself, with no reminders running).
     */
    public MainWindow(Stage stage, WindowSettings window, JournalStore store, UiContext ui,
                      FolderOpener folderOpener, SampleSwitch sample, Runnable reload) {
        this(stage, window, store, JournalSnapshot.read(store), ui, folderOpener, sample, reload);
    }

    /** As above, with what the screens share already read from {@code store} ({@code first}, at the start). */
    public MainWindow(Stage stage, WindowSettings window, JournalStore store, JournalSnapshot first, UiContext ui,
                      FolderOpener folderOpener, SampleSwitch sample, Runnable reload) {
        Runnable rebuild = reload != null ? reload : () -> new MainWindow(stage, new WindowSettings(stage.getWidth(),
                stage.getHeight(), stage.isMaximized()), store, ui, folderOpener, sample, null);
        Messages messages = ui.messages();
        this.messages = messages;
        journal = new JournalScreens(stage, store, first, ui, folderOpener, sample, rebuild);
        screens = journal.registry();
        state = journal.state();
        openReport = () -> journal.openReport(stage, messages);
        sidebar = new Sidebar(state, messages, openReport);

        root.getStyleClass().add("main-window");
        UndoBar undoBar = new UndoBar(state.undo(), messages);
        StackPane.setAlignment(undoBar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(undoBar, new Insets(0, 0, 16, 0));
        content.getChildren().setAll(new Region(), undoBar);
        Scene scene = new Scene(new LockLayer(root, journal.lock(), messages).root(), window.width(), window.height());
        Look look = Look.install(scene, new SettingsStore(store.folder())); // text size and theme, dialogs too
        journal.useLook(look);
        look.appearanceProperty().addListener((o, was, now) -> restyleKeptScreensAtIdle());
        addShortcuts(scene);
        ScrollIntoView.install(scene);
        stage.setTitle(messages.get(store.isSample() ? "app.title.sample" : "app.title"));
        if (store.isSample()) {
            root.setTop(new SampleBanner(messages, sample));
        }
        if (stage.getMinWidth() == 0) { // kept when rebuilt: the session lowers it on a screen smaller than it
            stage.setMinWidth(WindowPlacement.MIN_WIDTH);
            stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        }
        stage.setMaximized(window.maximized());
        stage.setScene(scene);

        state.screenProperty().addListener((o, old, screen) -> show(screen));
        // after unlocking, the cursor goes back to the screen's first field, not the sidebar (D15)
        journal.lock().lockedProperty().addListener((o, was, locked) -> {
            if (!locked && root.getLeft() != null) {
                focusAfterLayout(screens.focus(state.screenProperty().get()));
            }
        });
        state.profileProperty().addListener((o, old, profile) -> showWelcomeOrJournal());
        showWelcomeOrJournal();
    }

    /** The open journal's shared state, which every screen reads and changes. */
    public AppState state() {
        return state;
    }

    /** At the start of the app: the lock screen first, when the lock is on. */
    public void lockIfOn() {
        journal.lock().lock();
    }

    /** Call once the window shows: reminders are checked now and every minute, and stop when the window closes. */
    public ReminderNotifier startReminders(ReminderPopups popups) {
        return journal.startReminders(popups, root.getScene().getWindow(), messages);
    }

    /**
     * From now on the first visit of a screen slow to build ({@link ScreenRegistry#loadingFirst}) shows the screen's
     * title and "Loading…" at once, in a frame of its own, and builds the screen right after that frame is drawn: the
     * key press is answered before the build's work. The other screens answer with their own first frame.
     */
    public void showLoadingFirst() {
        loadingFirst = true;
    }

    /**
     * From now on a built screen stays in the window, hidden and left out of its layout while another shows, so
     * showing it again restyles nothing; and once the window has been idle for a moment the screens not yet
     * visited are built so, one at a time ({@link IdlePrebuild}): a later first visit is one frame.
     */
    public void prebuildAtIdle() {
        prebuildAtIdle(IdlePrebuild.chosen(PREBUILD_ORDER));
    }

    /** As {@link #prebuildAtIdle()}, the screens of {@code order}; nothing once the app is ending. */
    void prebuildAtIdle(List<Screen> order) {
        if (ending) {
            return; // called by the warm-up's end, or a text-size change, after the app's stop
        }
        keepScreens = true;
        prebuildOrder = List.copyOf(order);
        prebuild = IdlePrebuild.whenIdle(root.getScene(), new IdlePrebuild.Screens() {
            @Override
            public boolean isBuilt(Screen screen) {
                return screens.isBuilt(screen) && screens.screen(screen).getParent() == content;
            }

            @Override
            public Node buildHidden(Screen screen) {
                return MainWindow.this.buildHidden(screen);
            }

            @Override
            public void setAside(Screen screen) {
                content.getChildren().remove(screens.screen(screen));
            }
        }, order);
    }

    /**
     * The app is ending: the screens built at idle stop, and none is begun later. A screen begun after the app's
     * stop hands its reads to the worker already shut down: a {@code RejectedExecutionException} in the log when the
     * benchmark's probes exit (fifteenth session).
     */
    public void stopAtIdle() {
        ending = true;
        if (prebuild != null) {
            prebuild.stop();
        }
    }

    /** Whether screens are being built at idle, or wait for the window to be idle to be. */
    boolean buildsAtIdle() {
        return prebuild != null && !prebuild.isFinished();
    }

    /**
     * A text-size or theme change restyles the whole window, and screens kept hidden in it with it: about twice the
     * UI-thread CPU of the change without them (fifteenth session). They are taken out of the window first and
     * built back in at idle, one at a time, as the screens built at idle are (a screen's nodes and data are kept).
     */
    private void restyleKeptScreensAtIdle() {
        if (prebuild == null) {
            return;
        }
        prebuild.stop();
        List<Screen> order = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            if (screens.isBuilt(screen) && screens.screen(screen).getParent() == content
                    && screens.screen(screen) != showing) {
                content.getChildren().remove(screens.screen(screen));
                order.add(screen);
            }
        }
        prebuildOrder.stream().filter(screen -> !order.contains(screen)).forEach(order::add); // those not begun yet
        prebuildAtIdle(order);
    }

    /** Builds {@code screen} now, hidden in the window at the size it will show at; its parts and data follow. */
    Node buildHidden(Screen screen) {
        keepScreens = true;
        Node built = screens.screen(screen);
        keepHidden(built);
        if (built.getParent() != content) {
            content.getChildren().add(content.getChildren().size() - 1, built); // under the undo bar
        }
        // laid out at the size it will show at: unmanaged, the stack would leave it at none
        built.resizeRelocate(0, 0, content.getWidth(), content.getHeight());
        return built;
    }

    private void showWelcomeOrJournal() {
        if (!state.profile().welcomeCompleted()) {
            root.setLeft(null);
            var shown = journal.welcome();
            root.setCenter(shown);
            focusAfterLayout(shown::focusFirst);
        } else if (root.getLeft() == null) {
            root.setLeft(sidebar.node());
            root.setCenter(content);
            show(state.screenProperty().get());
        }
    }

    private void show(Screen screen) {
        if (root.getLeft() == null) {
            return;
        }
        sidebar.select(screen);
        if (prebuild != null) {
            prebuild.opened(screen); // the screen the user opened comes first
        }
        if (loadingFirst && screens.drawsLoadingFirst(screen) && !screens.isBuilt(screen)) {
            loadingFrame = ScreenRegistry.loading(screen, messages);
            display(loadingFrame);
            afterNextFrame(() -> {
                if (state.screenProperty().get() == screen && !screens.isBuilt(screen)) {
                    screens.screen(screen);
                    show(screen);
                }
            });
            return;
        }
        display(screens.screen(screen));
        screens.shown(screen);
        focusAfterLayout(screens.focus(screen));
    }

    /**
     * Puts {@code node} where the screen goes. Kept screens stay in the window, hidden, and a "Loading…" frame goes
     * once something else shows; otherwise the node takes the place of the one shown.
     */
    private void display(Node node) {
        Node before = showing;
        showing = node;
        if (before != null && before != node && (holdsFocus(before) || holdsFocus(sidebar.node()))) {
            // the keyboard in the screen left (a hidden node would keep it, or JavaFX move it on to the next control
            // in the window) or on another screen's button (after a Ctrl+digit shortcut): to the chosen screen's
            // button, as a click on it would, until that screen's own first field takes it
            sidebar.focus(state.screenProperty().get());
        }
        if (!keepScreens) {
            content.getChildren().set(0, node);
            return;
        }
        if (before != null && before != node) {
            if (before == loadingFrame) {
                content.getChildren().remove(before);
            } else {
                keepHidden(before);
            }
        }
        if (node.getParent() != content) {
            content.getChildren().add(content.getChildren().size() - 1, node); // under the undo bar
        }
        node.getProperties().remove(KEPT_HIDDEN);
        node.setManaged(true);
        node.setVisible(true);
    }

    private static boolean holdsFocus(Node part) {
        Scene scene = part.getScene();
        for (Node n = scene == null ? null : scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == part) {
                return true;
            }
        }
        return false;
    }

    /** Hidden, and out of the window's layout: a hidden screen's size and sizes asked for cost nothing. */
    private static void keepHidden(Node screen) {
        screen.getProperties().put(KEPT_HIDDEN, Boolean.TRUE);
        screen.setVisible(false);
        screen.setManaged(false);
    }

    /** Runs {@code then} once the next frame has been laid out and handed to the renderer. */
    private void afterNextFrame(Runnable then) {
        AfterFrame.run(root, then); // so the placeholder's frame is drawn first
    }

    /**
     * Moves the keyboard focus once the new screen has been laid out. Earlier, JavaFX may still hand the focus to
     * the first control of the window when the old screen's focused field goes away.
     */
    private void focusAfterLayout(Runnable focus) {
        Scene scene = root.getScene();
        if (scene == null) {
            Platform.runLater(focus);
            return;
        }
        AfterFrame.afterLayout(scene, focus);
    }

    /** Ctrl+1…7 choose a screen, Ctrl+P the report, Ctrl+E the emergency sheet, Ctrl+S saves Today, Ctrl+L locks. */
    private void addShortcuts(Scene scene) {
        for (Screen screen : Screen.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1));
            onKey(scene, digit, () -> state.screenProperty().set(screen));
        }
        onKey(scene, KeyCode.P, openReport);
        onKey(scene, KeyCode.E, () -> journal.emergencySheet().save());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (showing == journal.today() && root.getCenter() == content
                    && !root.isDisabled()) {
                journal.checkIn().save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            // only while the undo bar offers it: otherwise Ctrl+Z does nothing here
            if (root.getCenter() == content && !root.isDisabled()) {
                state.undo().undo();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                journal.lock()::lock);
    }

    /** Ctrl+{@code key} does {@code action} while the screens show and the window is not locked (disabled). */
    private void onKey(Scene scene, KeyCode key, Runnable action) {
        scene.getAccelerators().put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), () -> {
            if (root.getLeft() != null && !root.isDisabled()) {
                action.run();
            }
        });
    }
}
