package org.leiojournal.ui;

import org.leiojournal.ui.common.SampleSwitch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.leiojournal.settings.WindowSettings;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.treatment.CycleStrip;
import org.leiojournal.ui.treatment.DayBox;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;

/**
 * Starts the real window on a journal in a fresh temporary folder, as a user's first start would, with journal
 * work run on the UI thread so each step is finished before the next. {@link #restart()} closes and reopens it.
 * Most classes mount only the screen they test ({@link ScreenViewTest}); a few whole-window journeys extend this.
 */
@Tag("ui")
abstract class JournalUiTest extends WindowTest {

    /** 09:30 in London on Sunday 22 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    Path dataDir;
    JournalStore store;
    MainWindow window;
    Stage stage;
    final List<Path> openedFolders = new ArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createTempDirectory("leio-ui-test");
        prepare(FreshJournals.open(dataDir, CLOCK)); // a copy: making one per test was the slowest part of a start
        open();
    }

    /** The file and folder choosers' answers; the window's other dialogs are real ones, which tests click through. */
    AnsweringDialogs dialogs;

    /** Real dialogs but for the file and folder choosers, which tests answer through {@link #dialogs}. */
    DialogService dialogs(Stage stage, Messages messages) {
        dialogs = new AnsweringDialogs(new FxDialogService(stage, messages));
        return dialogs;
    }

    /** The worker, dialogs, words and clock the screens are handed: here journal work runs on the UI thread. */
    UiContext context(Messages messages) {
        return UiContexts.inline(dialogs(stage, messages), messages, CLOCK);
    }

    /** A hook to put data in the journal before the window first opens. */
    void prepare(JournalStore fresh) {
        store = fresh;
    }

    void open() throws Exception {
        if (store == null) {
            store = JournalStore.open(dataDir, CLOCK);
        }
        build(1366, 768);
        stage.show();
        stage.toFront();
    }

    /** Builds the window on {@link #store} at this size, as a start builds it (the saved text size and theme). */
    void build(int width, int height) {
        Messages messages = new Messages(Locale.UK);
        window = new MainWindow(stage, new WindowSettings(width, height, false), store, context(messages),
                openedFolders::add, SampleSwitch.NONE, null);
        // the toolkit's one stage is shared by every test class of a run, and a stage once sized keeps its size
        // for a new scene: give it the window's size, as the app places its window (WindowFit)
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /** Closes the journal and opens it again in the same folder, as quitting and starting the app does. */
    void restart() {
        FxSettle.settle();
        interact(() -> {
            store.close();
            store = null;
            try {
                open();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * Waits until the course calendar has every cycle's row: they come a frame or a few after the course shows, so
     * the window answers meanwhile (issue 21); "Loading the calendar…" says so until then.
     */
    void calendarBuilt() {
        try {
            // looked up on the UI thread: the rows and cards go in meanwhile, and a walk from here could see a list
            // change under it (IndexOutOfBoundsException)
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils
                    .asyncFx(() -> stage.getScene().lookup("#strip-loading") == null).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the course calendar was still loading after 20 s", e);
        }
        FxSettle.settle();
    }

    /**
     * The course calendar's box for that day of that cycle. The boxes have no id (an id each made every box match
     * the stylesheet afresh, issue 21), so it is found by its cycle and day.
     */
    DayBox calendarDay(int cycle, int day) {
        return calendarDayIfAny(cycle, day)
                .orElseThrow(() -> new AssertionError("no day " + day + " of cycle " + cycle + " in the calendar"));
    }

    java.util.Optional<DayBox> calendarDayIfAny(int cycle, int day) {
        return lookup(".strip-day").queryAllAs(DayBox.class).stream()
                .filter(box -> box.cycle() == cycle && box.day() == day).findFirst();
    }

    /** The heading of that cycle's row in the course calendar (no id, as the days have none: issue 21). */
    Label calendarCycle(int cycle) {
        return calendarRowLabel(cycle, label -> !label.getStyleClass().contains("item-hint"))
                .orElseThrow(() -> new AssertionError("no heading for cycle " + cycle + " in the calendar"));
    }

    /** The line of blood counts drawn before that cycle, under its heading, if any. */
    java.util.Optional<Label> calendarCounts(int cycle) {
        return calendarRowLabel(cycle, label -> label.getStyleClass().contains("item-hint"));
    }

    private java.util.Optional<Label> calendarRowLabel(int cycle, java.util.function.Predicate<Label> which) {
        return lookup("#cycle-strip .label").queryAllAs(Label.class).stream()
                .filter(label -> Integer.valueOf(cycle).equals(label.getProperties().get(CycleStrip.CYCLE)))
                .filter(which).findFirst();
    }

    /**
     * From the welcome, plans the Hensley gemcitabine + docetaxel course from {@code start} (as typed, e.g.
     * "15/11/2026") with a body surface area of 1.80 m² and saves it; {@code beforeSave} runs on the UI thread first.
     */
    void planHensleyCourse(String start, Runnable beforeSave) {
        openTreatment();
        clickOn("#course-template");
        clickOn("Gemcitabine + docetaxel (Hensley doses)");
        clickOn("#course-new");
        clickOn("#course-start");
        push(KeyCode.SHORTCUT, KeyCode.A).write(start);
        clickOn(reveal("#course-bsa")).write("1.80");
        interact(beforeSave);
        clickOn(reveal("#course-save"));
        FxSettle.settle();
    }

    /** From the welcome to the Treatment screen, as on a first start. */
    void openTreatment() {
        completeWelcome();
        shortcut(KeyCode.DIGIT4);
    }

    void planHensleyCourse(String start) {
        planHensleyCourse(start, () -> { });
    }

    /** Presses Tab until the node with this id has the keyboard focus, as a keyboard user would. */
    void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && (id.equals(focused.getId()) || isInside(focused, id))) {
                return;
            }
            type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static boolean isInside(Node node, String id) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The text of the label with this query. */
    String label(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    /** The texts of every label inside the node with this query, one a line. */
    String textOf(String query) {
        return lookup(query + " .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /**
     * Scrolls the node into view in every scroll pane around it (an alert card sits in the alert list's pane inside
     * the screen's), as a user scrolls to a control below the fold, and returns its query.
     */
    String reveal(String query) {
        partsBuilt(); // a part built a frame after its screen's first (Settings' lower cards) may be the one
        reveal(lookup(query).query());
        return query;
    }

    /** {@link #reveal(String)} for a node found another way (a calendar day, which has no id). */
    Node reveal(Node node) {
        partsBuilt();
        // a scroll can change a pane's size (the alert list's height follows its cards), which moves the node
        // again on the next pulse: scroll until it stays put, so the click lands where the node is
        javafx.geometry.Bounds before = null;
        for (int pass = 0; pass < 5; pass++) {
            interact(() -> scrollIntoView(node));
            FxSettle.settle();
            javafx.geometry.Bounds now = node.localToScene(node.getLayoutBounds());
            if (now.equals(before)) {
                break;
            }
            before = now;
        }
        return node;
    }

    private static void scrollIntoView(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                scroll.layout();
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                if (contentHeight > viewport) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (y - 40) / (contentHeight - viewport))));
                }
                scroll.layout();
            }
        }
    }

    /**
     * Presses the button with this query from the keyboard (the focus on it, then Space), as a keyboard user does:
     * for buttons inside the alert list's scroll pane, where a mouse click in a full run now and then missed.
     */
    void pressFromKeyboard(String query) {
        Node button = lookup(reveal(query)).query();
        interact(button::requestFocus);
        type(KeyCode.SPACE);
        FxSettle.settle();
    }

    void shortcut(KeyCode key) {
        push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        FxSettle.settle();
        partsBuilt();
    }

    /** The first fill of {@code node}'s background once styled: a theme's colour (theme and report tests). */
    Paint background(Node node) {
        Region region = (Region) node;
        interact(region::applyCss);
        return region.getBackground().getFills().get(0).getFill();
    }

    Paint windowBackground() {
        return background(lookup(".main-window").query());
    }

    /** Waits for the parts a screen builds one per frame after its first (Settings' lower cards) to be there. */
    void partsBuilt() {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("." + PartsAfterFrame.PLACEHOLDER).tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a screen's parts were still being built after 30 s", e);
        }
        FxSettle.settle();
    }

    void completeWelcome() {
        clickOn("#welcome-start");
        FxSettle.settle();
    }

    /** From the welcome, one check-in with this pain score saved by Ctrl+S, then the Journal (Ctrl+2) with it selected. */
    void oneEntrySelectedInTheJournal(String pain) {
        completeWelcome();
        clickOn("#item-esas-pain").write(pain);
        shortcut(KeyCode.S);
        shortcut(KeyCode.DIGIT2);
        interact(() -> lookup("#journal-table").queryTableView().getSelectionModel().selectFirst());
    }

    /** Inside the viewport of every scroll pane around it. */
    static boolean shownWhole(Node node) {
        Bounds own = node.localToScene(node.getBoundsInLocal());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                if (own.getMinY() < view.getMinY() - 1 || own.getMaxY() > view.getMaxY() + 1) {
                    return false;
                }
            }
        }
        return true;
    }
}
