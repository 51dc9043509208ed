package org.leiojournal.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The text size chosen, as a factor of the usual (1 at 100 %, 2 at 200 %), for the few layouts that switch at a
 * width in px: at a larger text size they switch at a wider window.
 */
public final class TextScale {

    /** The usual body text, in px, at 100 %: the window's root font size is this times the factor. */
    public static final double BASE_FONT_PX = 14;

    /** The scene property the window's look keeps the factor in. */
    public static final String KEY = "leio.textScale";

    private TextScale() {
    }

    public static double of(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getProperties().get(KEY) instanceof Double scale ? scale : 1;
    }
}
