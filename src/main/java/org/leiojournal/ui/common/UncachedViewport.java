package org.leiojournal.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * JavaFX's scroll pane draws its content into a cached bitmap first (its skin sets the viewport's cache), then
 * that bitmap to the window. Today nests three of them, so its first frame drew the whole check-in three times
 * over before the user saw it (the pulse logger: three cache rebuilds, most of the first frame's painting). Drawn
 * directly, the content is painted once; the check-in is short enough that scrolling stays smooth without it.
 */
public final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Turns the scroll pane's viewport cache off as soon as its skin makes it, before the first frame is drawn. */
    public static ScrollPane of(ScrollPane scroll) {
        scroll.skinProperty().addListener((obs, old, skin) -> uncache(scroll));
        uncache(scroll);
        return scroll;
    }

    /** True once the scroll pane has a skin and its viewport is drawn directly. */
    public static boolean isUncached(ScrollPane scroll) {
        Node viewport = scroll.getSkin() == null ? null : scroll.lookup(".viewport");
        return viewport != null && !viewport.isCache();
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() != null) {
            Node viewport = scroll.lookup(".viewport"); // the first match is this pane's own, not a nested one's
            if (viewport != null) {
                viewport.setCache(false);
            }
        }
    }
}
