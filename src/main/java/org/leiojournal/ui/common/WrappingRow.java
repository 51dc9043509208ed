package org.leiojournal.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Controls side by side, lined up on their middles, that go onto the next line, whole, when the row runs out of
 * width; a control wider than the whole row (a long text field, a date range at 200 % text) is narrowed to the row's
 * width, and a wrapping text then takes more lines. A {@link javafx.scene.layout.FlowPane} keeps every control at its
 * preferred width and is never narrower than the widest, so one wide field made the card scroll sideways.
 */
public class WrappingRow extends Pane {

    private double hgap = 8;
    private double vgap = 6;

    public WrappingRow(Node... nodes) {
        super(nodes);
    }

    /** The room between two controls on a line. */
    public void setHgap(double gap) {
        hgap = gap;
        requestLayout();
    }

    /** The room between two lines. */
    public void setVgap(double gap) {
        vgap = gap;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** All on one line. */
    @Override
    protected final double computePrefWidth(double height) {
        List<Node> nodes = getManagedChildren();
        double width = nodes.stream().mapToDouble(n -> n.prefWidth(-1)).sum() + Math.max(0, nodes.size() - 1) * hgap;
        return snappedLeftInset() + width + snappedRightInset();
    }

    /** As narrow as its least shrinkable control: the others wrap, and a field narrows. */
    @Override
    protected double computeMinWidth(double height) {
        double widest = getManagedChildren().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        List<Line> lines = lines(w - snappedLeftInset() - snappedRightInset());
        double height = lines.stream().mapToDouble(l -> l.height).sum() + Math.max(0, lines.size() - 1) * vgap;
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double y = snappedTopInset();
        for (Line line : lines(getWidth() - snappedLeftInset() - snappedRightInset())) {
            double x = snappedLeftInset();
            for (int i = 0; i < line.nodes.size(); i++) {
                Node node = line.nodes.get(i);
                double width = line.widths.get(i);
                double height = heightAt(node, width);
                node.resizeRelocate(snapPositionX(x), snapPositionY(y + (line.height - height) / 2), snapSizeX(width),
                        snapSizeY(height));
                x += width + hgap;
            }
            y += line.height + vgap;
        }
    }

    /** The controls on each line at {@code room}, each at its preferred width or the row's if narrower. */
    private List<Line> lines(double room) {
        List<Line> lines = new ArrayList<>();
        Line line = null;
        double x = 0;
        for (Node node : getManagedChildren()) {
            double width = Math.max(Math.min(node.prefWidth(-1), room), node.minWidth(-1));
            if (line == null || x + hgap + width > room + 0.5) {
                line = new Line();
                lines.add(line);
                x = -hgap;
            }
            line.nodes.add(node);
            line.widths.add(width);
            line.height = Math.max(line.height, heightAt(node, width));
            x += hgap + width;
        }
        return lines;
    }

    private static double heightAt(Node node, double width) {
        return node.getContentBias() == Orientation.HORIZONTAL ? node.prefHeight(width) : node.prefHeight(-1);
    }

    /** One line of controls, their widths, and its height (the tallest's). */
    private static final class Line {
        final List<Node> nodes = new ArrayList<>();
        final List<Double> widths = new ArrayList<>();
        double height;
    }
}
