package org.leiojournal.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Whatever gets the keyboard focus (Tab, Alt+letter, a screen's first field) is scrolled into view in every scroll
 * pane around it, so nobody types into a field they cannot see (D4). Scrolls as little as needed.
 */
public final class ScrollIntoView {

    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    public static void install(Scene scene) {
        scene.focusOwnerProperty().addListener((o, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
    }

    /** Scrolls each enclosing scroll pane, innermost first, until the node is inside its viewport. */
    public static void show(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        scroll.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || viewport <= 0) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = (contentHeight - viewport) * scroll.getVvalue();
        double newTop = top;
        if (inContent.getMinY() - MARGIN < top) {
            newTop = inContent.getMinY() - MARGIN;
        } else if (inContent.getMaxY() + MARGIN > top + viewport) {
            newTop = Math.min(inContent.getMinY() - MARGIN, inContent.getMaxY() + MARGIN - viewport);
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
        }
    }
}
