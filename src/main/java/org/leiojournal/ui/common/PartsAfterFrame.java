package org.leiojournal.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The parts of a screen its first frame does not show, built one per frame right after it (or a few together), each in the place a
 * placeholder kept for it: styling and laying out a whole screen at once froze the window for a third of a second
 * (Settings, issue 21). A placeholder has the style classes {@code later} and {@code loading} (the benchmark and
 * the window tests wait for them to go).
 */
public final class PartsAfterFrame {

    public static final String PLACEHOLDER = "later";

    /** {@code withPrevious}: built in the same frame as the part before it. */
    private record Part(Region placeholder, Supplier<? extends Node> make, boolean withPrevious) {
    }

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
        placeholder.setManaged(false); // no gap for a part not there yet
        parts.add(new Part(placeholder, make, withPrevious));
        return placeholder;
    }

    /** An empty node standing where a part will be, which the benchmark and the window tests wait to go. */
    public static Region placeholder() {
        Region placeholder = new Region();
        placeholder.getStyleClass().addAll(PLACEHOLDER, Loading.STYLE_CLASS);
        return placeholder;
    }

    /** Starts building the parts after the first frame that shows {@code screen}, one part per frame. */
    public void buildAfterFirstFrame(Node screen) {
        if (!parts.isEmpty()) {
            AfterFrame.run(screen, () -> buildNext(screen));
        }
    }

    /**
     * Runs {@code then} once no part is left to build anywhere under {@code root}, checking a frame at a time (at
     * once if none is waiting).
     */
    public static void whenAllBuilt(Node root, Runnable then) {
        if (root.lookup("." + PLACEHOLDER) == null) {
            then.run();
        } else {
            AfterFrame.run(root, () -> whenAllBuilt(root, then));
        }
    }

    private void buildNext(Node screen) {
        build(parts.poll());
        while (!parts.isEmpty() && parts.peek().withPrevious()) {
            build(parts.poll());
        }
        buildAfterFirstFrame(screen);
    }

    private static void build(Part part) {
        Pane parent = (Pane) part.placeholder().getParent();
        parent.getChildren().set(parent.getChildren().indexOf(part.placeholder()), part.make().get());
    }
}
