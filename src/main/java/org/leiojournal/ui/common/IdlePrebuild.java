package org.leiojournal.ui.common;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.util.Duration;

/**
 * Once the start's work is done and the window has been idle for a moment, builds the screens not yet visited,
 * one at a time, hidden in the window's own scene: styled, laid out and with their data read, so that a first
 * visit later is one frame (issue 21). A screen comes in its own frames (its parts after its first frame, its
 * data from the worker), the next screen only once the last is complete and the window idle again. Any key,
 * click, scroll or touch pauses it: no new screen is begun until the window has been left alone for the idle pause
 * again. A screen the user opens first is simply no longer to build.
 */
public final class IdlePrebuild {

    /** Set to false to start without it (to compare a first visit with and without). */
    public static final String PROPERTY = "leio.prebuild";
    static final Duration IDLE = Duration.seconds(1);
    static final Duration BETWEEN = Duration.millis(40);
    /** A screen still not complete after this many frames is left as it is (its data may never come). */
    static final int MOST_FRAMES = 600;

    private static final Logger LOG = Logger.getLogger(IdlePrebuild.class.getName());
    private static final List<EventType<? extends Event>> INPUT = List.of(KeyEvent.KEY_PRESSED,
            MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL_STARTED, ScrollEvent.SCROLL, TouchEvent.TOUCH_PRESSED);

    /** The window's side: which screens are built, and building one hidden. */
    public interface Screens {
        /** Built and in the window. */
        boolean isBuilt(Screen screen);

        /** Builds {@code screen} now (or takes the one built) and puts it in the window, hidden; returns it. */
        Node buildHidden(Screen screen);

        /**
         * Takes {@code screen}, half built, out of the window: its parts and styling wait until it is back (shown,
         * or built on at idle), so that they do not share the frames of the screen the user opened.
         */
        void setAside(Screen screen);
    }

    private final Scene window;
    private final Screens screens;
    private final List<Screen> order;
    private final Duration idle;
    private final Duration between;
    private final Pauses pauses;
    private final EventHandler<Event> onInput = e -> input();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Runnable cancelPause = () -> { };
    /** The screen being built (its frames still coming), or null. */
    private Screen building;
    private boolean inputWhileBuilding;
    private boolean stopped;
    private int built;

    IdlePrebuild(Scene window, Screens screens, List<Screen> order, Duration idle, Duration between, Pauses pauses) {
        this.window = window;
        this.screens = screens;
        this.order = List.copyOf(order);
        this.idle = idle;
        this.between = between;
        this.pauses = pauses;
    }

    /** True unless started with {@code -Dleio.prebuild=false}. */
    public static boolean enabled() {
        return !System.getProperty(PROPERTY, "true").equals("false");
    }

    /**
     * {@code order}, or the screens {@code -Dleio.prebuild=journal,treatment} names (to measure what each one
     * built at idle costs and saves).
     */
    public static List<Screen> chosen(List<Screen> order) {
        String named = System.getProperty(PROPERTY, "true");
        if (named.equals("true")) {
            return order;
        }
        return java.util.Arrays.stream(named.split(",")).map(n -> Screen.valueOf(n.trim().toUpperCase(Locale.ROOT)))
                .toList();
    }

    /**
     * The app's start: once the parts Today builds after its first frame are in and the window has been idle for
     * {@link #IDLE}, builds the screens of {@code order} not yet built.
     */
    public static IdlePrebuild whenIdle(Scene window, Screens screens, List<Screen> order) {
        IdlePrebuild prebuild = new IdlePrebuild(window, screens, order, IDLE, BETWEEN, Pauses.animated());
        prebuild.start();
        return prebuild;
    }

    /** Starts listening for input and, once the window's parts are built and it has been idle, the screens. */
    void start() {
        for (EventType<? extends Event> type : INPUT) {
            window.addEventFilter(type, onInput);
        }
        PartsAfterFrame.whenAllBuilt(window.getRoot(), () -> next(idle));
    }

    /** Stops for good; what was built stays built. */
    public void stop() {
        stopped = true;
        cancelPause.run();
        for (EventType<? extends Event> type : INPUT) {
            window.removeEventFilter(type, onInput);
        }
    }

    /** Stopped for good, or done. */
    public boolean isFinished() {
        return stopped;
    }

    /** Screens it has built so far. */
    int screensBuilt() {
        return built;
    }

    /**
     * The user opened {@code screen}: a screen half built that is not it is set aside, and nothing new is begun
     * until the window has been idle again (the sidebar's buttons and Ctrl+digit come as input too; this is for a
     * screen opened otherwise, as by a link).
     */
    public void opened(Screen screen) {
        if (stopped) {
            return;
        }
        if (building != null && building != screen) {
            screens.setAside(building);
            building = null;
        }
        input();
    }

    /** The user is using the window: nothing new is begun until it has been idle again. */
    private void input() {
        cancelPause.run();
        if (building != null) {
            inputWhileBuilding = true; // the screen begun finishes its own frames; the next waits
        } else {
            next(idle);
        }
    }

    private void next(Duration after) {
        cancelPause.run();
        if (!stopped) {
            cancelPause = pauses.after(after, this::step);
        }
    }

    /** Begins the next screen not yet built, unless the window is busy laying something out (then a little later). */
    void step() {
        if (stopped || building != null) {
            return;
        }
        if (window.getWindow() == null || !window.getWindow().isShowing()) {
            stop(); // the window was closed, or rebuilt on another scene
            return;
        }
        if (window.getRoot().isNeedsLayout()) {
            next(between); // a screen the user opened is being built: it comes first
            return;
        }
        Screen screen = order.stream().filter(s -> !screens.isBuilt(s)).findFirst().orElse(null);
        if (screen == null) {
            LOG.info(String.format(Locale.ROOT, "prebuild: done, %d screens built at idle", built));
            stop();
            return;
        }
        building = screen;
        inputWhileBuilding = false;
        long startedAt = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        Node node = screens.buildHidden(screen);
        long[] frame = {cpu, 0, 0}; // the last reading, the longest frame, frames so far
        whenComplete(node, frame, () -> {
            if (building != screen) {
                return; // set aside for a screen the user opened
            }
            long total = threads.getCurrentThreadCpuTime() - cpu;
            LOG.info(String.format(Locale.ROOT, "prebuilt %s: UI-thread CPU %.1f ms in %d frames, longest %.1f ms, "
                            + "%.0f ms", screen, total / 1e6, frame[2], frame[1] / 1e6,
                    (System.nanoTime() - startedAt) / 1e6));
            built++;
            building = null;
            next(inputWhileBuilding ? idle : between);
        });
    }

    /**
     * Runs {@code then} after the first frame in which {@code screen} has no part left to build, nothing on it
     * says "Loading…" and it is laid out; meanwhile keeps each frame's UI-thread CPU in {@code frame}.
     */
    private void whenComplete(Node screen, long[] frame, Runnable then) {
        AfterFrame.run(screen, () -> {
            long now = threads.getCurrentThreadCpuTime();
            frame[1] = Math.max(frame[1], now - frame[0]);
            frame[0] = now;
            frame[2]++;
            if (stopped || screen.getScene() == null || complete(screen) || frame[2] >= MOST_FRAMES) {
                then.run();
            } else {
                whenComplete(screen, frame, then);
            }
        });
    }

    /**
     * No part left to build, nothing loading (the Journal's older days included), laid out. Asked after each of the
     * screen's frames: the cheap checks first, and while parts are still to come no look through the screen at all
     * (three lookups a frame before, each a walk of the whole screen).
     */
    static boolean complete(Node screen) {
        return !(screen instanceof Parent parent && parent.isNeedsLayout()) && !PartsAfterFrame.waitingUnder(screen)
                && nothingLoadingIn(screen);
    }

    /** Nothing under {@code node} says "Loading…" (shown), nor is a table of it still reading more rows. */
    private static boolean nothingLoadingIn(Node node) {
        if (node.isVisible() && node.getStyleClass().contains(Loading.STYLE_CLASS)
                || node.getStyleClass().contains("table-view") && node.hasProperties() // no map made for the others
                        && node.getProperties().containsKey(Loading.MORE_KEY)) {
            return false;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!nothingLoadingIn(child)) {
                    return false;
                }
            }
        }
        return true;
    }
}
