package org.leiojournal.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Once the start's work is done and the window has been idle for a moment, makes one of each control the other
 * screens first show, off-screen and with the window's stylesheets, styles and lays it out, then drops it: their
 * classes are loaded and their CSS and skin code compiled before the user's first visit (issue 21). One control a
 * slice, a short pause between slices; any key, click, scroll or touch, or the window changing (a screen being
 * built), stops it for good. Nothing of it is ever on the screen.
 */
public final class IdleWarmUp {

    /** Set to false to start without it (to compare a first visit with and without). */
    public static final String PROPERTY = "leio.warmUp";
    static final Duration IDLE = Duration.seconds(1);
    static final Duration BETWEEN = Duration.millis(40);

    private static final Logger LOG = Logger.getLogger(IdleWarmUp.class.getName());
    private static final List<EventType<? extends Event>> INPUT = List.of(KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL_STARTED, ScrollEvent.SCROLL, TouchEvent.TOUCH_PRESSED);

    private final Scene window;
    private final Duration idle;
    private final Duration between;
    /** Smallest first, so the classes most controls share are loaded in a slice that does little else. */
    private final List<Supplier<Node>> slices = List.of(IdleWarmUp::scrolling, IdleWarmUp::titled,
            IdleWarmUp::choices, IdleWarmUp::text, IdleWarmUp::combo, IdleWarmUp::list, IdleWarmUp::tabs,
            IdleWarmUp::date, IdleWarmUp::emptyTable, IdleWarmUp::table);
    private final EventHandler<Event> onInput = e -> stop();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Pauses pauses;
    private Runnable cancelPause = () -> { };
    private int done;
    /** UI-thread CPU of the slices, in ns: in the log, to see that each stays small (issue 21). */
    private long cpuTotal;
    private long cpuLongest;
    private final StringBuilder cpuEach = new StringBuilder();
    private boolean stopped;
    /** What follows it once it has ended, however it ended (the screens built at idle). */
    private Runnable then = () -> { };

    IdleWarmUp(Scene window, Duration idle, Duration between) {
        this(window, idle, between, Pauses.animated());
    }

    /** With the pauses a test runs by hand. */
    IdleWarmUp(Scene window, Duration idle, Duration between, Pauses pauses) {
        this.window = window;
        this.idle = idle;
        this.between = between;
        this.pauses = pauses;
    }

    /**
     * The app's start: once {@code worker} has run what was queued before now (Today's reads) and their results
     * have been shown, warms up after {@link #IDLE} without input; then runs {@code then} once it has ended,
     * finished or stopped by input (when it is off, once those reads are back). Off with {@code -Dleio.warmUp=false}.
     */
    public static void whenIdle(Scene window, Executor worker, Runnable then) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            worker.execute(() -> Platform.runLater(then));
            return;
        }
        IdleWarmUp warmUp = new IdleWarmUp(window, IDLE, BETWEEN);
        warmUp.then = then;
        warmUp.listen(); // input from now on counts, even before the reads are back
        worker.execute(() -> Platform.runLater(warmUp::start));
    }

    /**
     * Starts listening for input and, once the window has built the parts it shows after its first frame (Today's
     * right column) and then been idle for the pause, the slices. Those parts come a frame apart and settle over a
     * few more; a slice that met them still laying out stopped the warm-up before its first control, for good
     * (seen under load in the tenth session, issue 21).
     */
    void start() {
        listen();
        PartsAfterFrame.whenAllBuilt(window.getRoot(), () -> next(idle));
    }

    /**
     * Stops at once and for good; what was made is dropped. It says how far it got even when that is nowhere: a
     * warm-up that stopped before its first control went unseen for a session (issue 21).
     */
    void stop() {
        if (!stopped) {
            LOG.info(String.format(Locale.ROOT,
                    "warm-up: %d of %d controls, UI-thread CPU %.1f ms, longest %.1f ms (each:%s)",
                    done, slices.size(), cpuTotal / 1e6, cpuLongest / 1e6, cpuEach));
        }
        boolean ending = !stopped;
        stopped = true;
        cancelPause.run();
        for (EventType<? extends Event> type : INPUT) {
            window.removeEventFilter(type, onInput);
        }
        if (ending) {
            then.run();
        }
    }

    int slicesDone() {
        return done;
    }

    boolean isFinished() {
        return done == slices.size();
    }

    private void listen() {
        for (EventType<? extends Event> type : INPUT) {
            window.removeEventFilter(type, onInput); // once, however often called
            window.addEventFilter(type, onInput);
        }
    }

    private void next(Duration after) {
        if (stopped) {
            return;
        }
        cancelPause = pauses.after(after, this::slice);
    }

    /** One control, unless the window is busy (then it stops); the pause runs it, a test may too. */
    void slice() {
        // the window has something to lay out: a screen is being built or changed, which comes first
        if (stopped || window.getWindow() == null || !window.getWindow().isShowing()
                || window.getRoot().isNeedsLayout()) {
            stop();
            return;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        warm(slices.get(done).get());
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        cpuTotal += cpu;
        cpuLongest = Math.max(cpuLongest, cpu);
        cpuEach.append(String.format(Locale.ROOT, " %.0f", cpu / 1e6));
        done++;
        if (isFinished()) {
            stop();
        } else {
            next(between);
        }
    }

    /** Styles and lays out {@code control} as the window would, in a scene of its own that is never shown. */
    private void warm(Node control) {
        StackPane root = new StackPane(control);
        root.setStyle(window.getRoot().getStyle()); // the text size
        root.getStyleClass().addAll(window.getRoot().getStyleClass());
        Scene offScreen = new Scene(root, 800, 600);
        offScreen.getStylesheets().setAll(window.getStylesheets());
        root.applyCss();
        root.layout();
        root.getChildren().clear();
    }

    /** The table's skin, header and columns, without rows: alone, a table with rows took over 100 ms. */
    private static Node emptyTable() {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Date"));
        return table;
    }

    private static Node table() {
        TableView<String> table = new TableView<>();
        for (String name : List.of("Date", "Dose", "Note")) {
            TableColumn<String, String> column = new TableColumn<>(name);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
            table.getColumns().add(column);
        }
        table.getItems().setAll("one", "two", "three", "four", "five");
        return table;
    }

    private static Node tabs() {
        return new TabPane(new Tab("One", new Label("one")), new Tab("Two", new Label("two")));
    }

    private static Node titled() {
        TitledPane pane = new TitledPane("Sources", new Label("text"));
        pane.setExpanded(false);
        return pane;
    }

    private static Node choices() {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll("one", "two");
        box.getSelectionModel().selectFirst();
        return box;
    }

    private static Node combo() {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll("one", "two");
        box.getSelectionModel().selectFirst();
        return new VBox(box, new CheckBox("check"));
    }

    private static Node date() {
        DatePicker picker = new DatePicker(LocalDate.of(2026, 11, 22)); // any day: only its look is made
        picker.setPromptText("date");
        return picker;
    }

    private static Node scrolling() {
        ScrollPane pane = new ScrollPane(new VBox(new Label("one"), new Label("two")));
        pane.setFitToWidth(true);
        return pane;
    }

    private static Node list() {
        ListView<String> list = new ListView<>();
        list.getItems().setAll("one", "two", "three", "four", "five");
        return list;
    }

    private static Node text() {
        TextArea area = new TextArea("text");
        area.setWrapText(true);
        return area;
    }
}
