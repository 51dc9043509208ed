package org.leiojournal.ui.trend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;

/**
 * Redraws a path by moving the elements it already has instead of making new ones: a chart lays itself out
 * several times per range switch, and thousands of new elements each time (an element, its coordinates' properties
 * and its listeners) were garbage that pushed the heap into slow full collections. Call {@link #begin()}, then the
 * drawing calls, then {@link #end()}, which takes the elements left over from a longer drawing out of the path and
 * keeps them for the next longer one (thirty days after ten years, then ten years again, make none).
 */
final class InPlacePath {

    private final Path path;
    /** Elements beyond the path's present ones, added in one change at the end. */
    private final List<PathElement> added = new ArrayList<>();
    /** Elements a shorter drawing took out, by kind, for a longer one to put back. */
    private final Map<Class<?>, ArrayDeque<PathElement>> spares = new HashMap<>();
    private int next;

    InPlacePath(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    InPlacePath begin() {
        next = 0;
        added.clear();
        return this;
    }

    void moveTo(double x, double y) {
        MoveTo element = reuse(MoveTo.class);
        if (element == null) {
            put(new MoveTo(x, y));
        } else {
            element.setX(x);
            element.setY(y);
        }
    }

    void lineTo(double x, double y) {
        LineTo element = reuse(LineTo.class);
        if (element == null) {
            put(new LineTo(x, y));
        } else {
            element.setX(x);
            element.setY(y);
        }
    }

    void hLineTo(double x) {
        HLineTo element = reuse(HLineTo.class);
        if (element == null) {
            put(new HLineTo(x));
        } else {
            element.setX(x);
        }
    }

    void vLineTo(double y) {
        VLineTo element = reuse(VLineTo.class);
        if (element == null) {
            put(new VLineTo(y));
        } else {
            element.setY(y);
        }
    }

    void close() {
        if (reuse(ClosePath.class) == null) {
            put(new ClosePath());
        }
    }

    /** A rectangle as five elements (move, across, down, back, close). */
    void rectangle(double x, double y, double width, double height) {
        moveTo(x, y);
        hLineTo(x + width);
        vLineTo(y + height);
        hLineTo(x);
        close();
    }

    /** Ends the drawing: elements beyond it, left from a longer one, leave the path and are kept as spares. */
    void end() {
        ObservableList<PathElement> elements = path.getElements();
        if (!added.isEmpty()) {
            elements.addAll(added);
            added.clear();
        } else if (next < elements.size()) {
            new ArrayList<>(elements.subList(next, elements.size())).forEach(this::spare);
            elements.remove(next, elements.size());
        }
    }

    /**
     * An element of this kind to move into the current place, counted as drawn: the one there, or past the path's
     * end a spare one; null when there is none (the caller then {@link #put}s a new one).
     */
    private <T extends PathElement> T reuse(Class<T> kind) {
        List<PathElement> elements = path.getElements();
        if (next < elements.size()) {
            return elements.get(next).getClass() == kind ? kind.cast(elements.get(next++)) : null;
        }
        ArrayDeque<PathElement> spare = spares.get(kind);
        if (spare == null || spare.isEmpty()) {
            return null;
        }
        T element = kind.cast(spare.pop());
        added.add(element);
        next++;
        return element;
    }

    private void spare(PathElement element) {
        spares.computeIfAbsent(element.getClass(), k -> new ArrayDeque<>()).push(element);
    }

    private void put(PathElement element) {
        ObservableList<PathElement> elements = path.getElements();
        if (next < elements.size()) {
            spare(elements.set(next, element));
        } else {
            added.add(element);
        }
        next++;
    }
}
