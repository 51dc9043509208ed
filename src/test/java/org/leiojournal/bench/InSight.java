package org.leiojournal.bench;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Whether a node is where the user can see it: it and every parent shown, and its bounds inside the window and
 * inside every scroll pane around it. A first visit is timed to the frame with nothing still "Loading…" in sight
 * (issue 21: "the frame drawn"); parts below the window's edge may come in the frames after it, as the Journal's
 * older days always have, and the benchmark times the whole screen as well.
 */
final class InSight {

    private InSight() {
    }

    static boolean inSight(Scene scene, Node node) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (!bounds.intersects(0, 0, scene.getWidth(), scene.getHeight())) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            // the scroll pane's whole area, its bars included: a part at its very edge counts as in sight
            if (n != node && n instanceof ScrollPane pane
                    && !bounds.intersects(pane.localToScene(pane.getLayoutBounds()))) {
                return false;
            }
        }
        return true;
    }
}
