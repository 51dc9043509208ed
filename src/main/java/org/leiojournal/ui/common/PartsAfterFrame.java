package org.leiojournal.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The parts of a screen its first frame does not show, built one per frame right after it (or a few together), each in the place a
 * placeholder kept for it: styling and laying out a whole screen at once froze the window for a third of a second
 * (Settings, issue 21). A placeholder has the style classes {@code later} and {@code loading} (the benchmark and
 * the window tests wait for them to go), and stands where its part will go, taking no room ({@link PlaceholderPlace}).
 */
public final class PartsAfterFrame {

    public static final String PLACEHOLDER = "later";

    /** {@code withPrevious}: built in the same frame as the part before it. */
    private record Part(Region placeholder, Supplier<? extends Node> make, boolean withPrevious) {
    }

    /**
     * The placeholders standing in a parent, so a wait for them walks up from each instead of looking the window
     * through (weakly: one left in a screen thrown away goes with it).
     */
    private static final Set<Region> STANDING = Collections.synchronizedSet(Collections.newSetFromMap(
            new WeakHashMap<>()));
    /** What {@link #whenAllBuilt} waits to run, looked at again each time a placeholder leaves its place. */
    private static final List<Waiting> WAITING = new ArrayList<>();

    private record Waiting(Node root, Runnable then) {
    }

    /** Whether a look at the waits is queued, for placeholders taken out by hand (not by {@link #buildNext}). */
    private static boolean checkQueued;

    private final Deque<Part> parts = new ArrayDeque<>();

    /** A placeholder to put where the part goes; the parts are built in the order this is called. */
    public Node later(Supplier<? extends Node> make) {
        return add(make, false);
    }

    /**
     * As {@link #later}, but built in the same frame as the part before it: each frame also costs its pulse and
     * the whole window's render, so small parts are cheaper together than a frame each (Settings, issue 21).
     */
    public Node withPrevious(Supplier<? extends Node> make) {
        if (parts.isEmpty()) {
            throw new IllegalStateException("no part before it to come with");
        }
        return add(make, true);
    }

    private Node add(Supplier<? extends Node> make, boolean withPrevious) {
        Region placeholder = placeholder();
        PlaceholderPlace.keep(placeholder); // where the part will go, taking no room
        parts.add(new Part(placeholder, make, withPrevious));
        return placeholder;
    }

    /** An empty node standing where a part will be, which the benchmark and the window tests wait to go. */
    public static Region placeholder() {
        Region placeholder = new Region();
        placeholder.getStyleClass().addAll(PLACEHOLDER, Loading.STYLE_CLASS);
        placeholder.parentProperty().addListener((o, old, parent) -> {
            if (parent == null) {
                STANDING.remove(placeholder);
                placeholderLeft();
            } else {
                STANDING.add(placeholder);
            }
        });
        placeholder.sceneProperty().addListener((o, old, scene) -> placeholderLeft()); // its screen taken out
        return placeholder;
    }

    /** Starts building the parts after the first frame that shows {@code screen}, one part per frame. */
    public void buildAfterFirstFrame(Node screen) {
        if (!parts.isEmpty()) {
            AfterFrame.run(screen, () -> buildNext(screen));
        }
    }

    /**
     * Runs {@code then} once no part is left to build anywhere under {@code root} (at once if none is waiting),
     * right after the last one is built, as a check after each frame did (the Journal's rows come the frame after
     * its filters); after a part put in by hand, once the work that put it in is done. It waits for placeholders
     * to leave, not by looking the window through every frame: the start's three waits did that through a
     * screen's whole first visit, a selector parsed at every node, and asked for a frame each time (issue 21).
     */
    public static void whenAllBuilt(Node root, Runnable then) {
        if (waitingUnder(root)) {
            WAITING.add(new Waiting(root, then));
        } else {
            then.run();
        }
    }

    /** Whether a placeholder stands anywhere under {@code root}, its part not yet built. */
    public static boolean waitingUnder(Node root) {
        synchronized (STANDING) {
            for (Region placeholder : STANDING) {
                for (Node up = placeholder.getParent(); up != null; up = up.getParent()) {
                    if (up == root) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A look at the waits once the work that took a placeholder out is done: a screen rearranged puts its
     * placeholders back in their new place at once.
     */
    private static void placeholderLeft() {
        if (!Platform.isFxApplicationThread()) {
            return; // a screen built off the window's thread is in no window anyone waits on
        }
        if (!WAITING.isEmpty() && !checkQueued) {
            checkQueued = true;
            Platform.runLater(PartsAfterFrame::runWaitsWithNothingLeft);
        }
    }

    /** Runs, and forgets, each wait with no placeholder left under its root. */
    private static void runWaitsWithNothingLeft() {
        checkQueued = false;
        for (Waiting waiting : List.copyOf(WAITING)) {
            if (!waitingUnder(waiting.root())) {
                WAITING.remove(waiting);
                waiting.then().run();
            }
        }
    }

    private void buildNext(Node screen) {
        build(parts.poll());
        while (!parts.isEmpty() && parts.peek().withPrevious()) {
            build(parts.poll());
        }
        runWaitsWithNothingLeft(); // in this frame's work, not after the next frame's (the Journal's rows)
        buildAfterFirstFrame(screen);
    }

    private static void build(Part part) {
        Pane parent = (Pane) part.placeholder().getParent();
        parent.getChildren().set(parent.getChildren().indexOf(part.placeholder()), part.make().get());
    }
}
