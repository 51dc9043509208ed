package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.List;
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
 * drawing calls, then {@link #end()}, which drops the elements left over from a longer drawing.
 */
final class InPlacePath {

    private final Path path;
    /** Elements beyond the path's present ones, added in one change at the end. */
    private final List<PathElement> added = new ArrayList<>();
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

    /** Ends the drawing: elements beyond it, left from a longer one, go. */
    void end() {
        ObservableList<PathElement> elements = path.getElements();
        if (!added.isEmpty()) {
            elements.addAll(added);
            added.clear();
        } else if (next < elements.size()) {
            elements.remove(next, elements.size());
        }
    }

    /** The element at the current place when it is of this kind (then counted as drawn), else null. */
    private <T extends PathElement> T reuse(Class<T> kind) {
        List<PathElement> elements = path.getElements();
        if (next < elements.size() && elements.get(next).getClass() == kind) {
            return kind.cast(elements.get(next++));
        }
        return null;
    }

    private void put(PathElement element) {
        ObservableList<PathElement> elements = path.getElements();
        if (next < elements.size()) {
            elements.set(next, element);
        } else {
            added.add(element);
        }
        next++;
    }
}
