package org.leiojournal.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Cards side by side in equal columns while each column gets at least {@code minColumnWidth}; one under the other
 * when the window is narrower, so nothing is cut or scrolls sideways (issue 20). Put it in a vertical scroll pane.
 */
public final class Columns extends Pane {

    private final double minColumnWidth;
    private final double gap;

    public Columns(double minColumnWidth, double gap, Node... columns) {
        super(columns);
        this.minColumnWidth = minColumnWidth;
        this.gap = gap;
    }

    /** True when the columns stand side by side at this width. */
    public boolean sideBySide(double width) {
        int n = managed().size();
        return n <= 1 || width - horizontalInsets() >= n * minColumn() + (n - 1) * gap;
    }

    /** The narrowest column at the text size chosen: larger text needs wider columns. */
    private double minColumn() {
        return minColumnWidth * TextScale.of(this);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return managed().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0) + horizontalInsets();
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> nodes = managed();
        return nodes.stream().mapToDouble(n -> Math.max(minColumn(), n.prefWidth(-1))).sum()
                + Math.max(0, nodes.size() - 1) * gap + horizontalInsets();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        List<Node> nodes = managed();
        Insets in = getInsets();
        double height;
        if (sideBySide(w)) {
            double column = columnWidth(w);
            height = nodes.stream().mapToDouble(n -> n.prefHeight(column)).max().orElse(0);
        } else {
            double inner = w - horizontalInsets();
            height = nodes.stream().mapToDouble(n -> n.prefHeight(inner)).sum() + Math.max(0, nodes.size() - 1) * gap;
        }
        return height + in.getTop() + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        boolean across = sideBySide(getWidth());
        double column = across ? columnWidth(getWidth()) : getWidth() - horizontalInsets();
        for (Node node : managed()) {
            double height = node.prefHeight(column);
            node.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(column), snapSizeY(height));
            if (across) {
                x += column + gap;
            } else {
                y += height + gap;
            }
        }
    }

    private double columnWidth(double width) {
        int n = managed().size();
        return (width - horizontalInsets() - (n - 1) * gap) / n;
    }

    private double horizontalInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    private List<Node> managed() {
        return getManagedChildren();
    }
}
