package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * Nodes of one kind kept in a group from one drawing to the next: a drawing takes them in order with {@link #next()}
 * and {@link #end()} hides the ones it did not need. Nodes made afresh at every range switch cost a CSS pass, their
 * handlers and a tooltip each, and their garbage pushed the heap into slow full collections; a kept node is only
 * moved. New nodes join the group in one change at the end.
 */
final class NodePool<T extends Node> {

    private final Group group;
    private final Supplier<T> make;
    private final List<T> nodes = new ArrayList<>();
    private final List<T> made = new ArrayList<>();
    private int used;

    NodePool(Group group, Supplier<T> make) {
        this.group = group;
        this.make = make;
    }

    /** Starts a drawing: every node is free again. */
    void begin() {
        used = 0;
    }

    /** The next node of this drawing, shown; made when the pool has none left. */
    T next() {
        if (used == nodes.size()) {
            T node = make.get();
            nodes.add(node);
            made.add(node);
        }
        T node = nodes.get(used++);
        node.setVisible(true);
        return node;
    }

    /** Ends the drawing: the nodes it did not take are hidden, the new ones join the group. */
    void end() {
        for (int i = used; i < nodes.size(); i++) {
            nodes.get(i).setVisible(false);
        }
        if (!made.isEmpty()) {
            group.getChildren().addAll(made);
            made.clear();
        }
    }

    /** How many nodes this drawing took. */
    int used() {
        return used;
    }

    /** The {@code index}th node this drawing took. */
    T get(int index) {
        return nodes.get(index);
    }

    /** Every node made so far, shown or not. */
    int size() {
        return nodes.size();
    }
}
