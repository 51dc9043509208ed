package org.leiojournal.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column that is never made shorter than its words need at the width it is given: inside a page that scrolls
 * down, wrapped text then stays whole instead of ending in "…". (A plain min height of "pref" would measure the
 * words at no width, and leave a gap.)
 */
public final class UnsqueezedBox extends VBox {

    public UnsqueezedBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
