package org.leiojournal.ui.trend;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * The exact value of the point nearest the pointer, in a small box beside it, with a ring around the point.
 * Drawn by the chart itself rather than as a Tooltip, which waits before showing and cannot follow the pointer.
 */
final class HoverTip {

    private final Label text = new Label();
    private final Circle ring = new Circle(6);

    HoverTip() {
        text.getStyleClass().add("trend-hover");
        text.setId("trend-hover");
        ring.getStyleClass().add("trend-hover-ring");
        for (Node node : nodes()) {
            node.setManaged(false);
            node.setMouseTransparent(true);
            node.setVisible(false);
        }
    }

    private List<Node> nodes() {
        return List.of(ring, text);
    }

    /**
     * Puts the tip over {@code chart} ({@code chartChildren} are its own): {@code pointerMoved} finds the point and
     * shows it, and the tip goes when the pointer leaves the chart.
     */
    void attachTo(Node chart, List<Node> chartChildren, EventHandler<MouseEvent> pointerMoved) {
        chartChildren.addAll(nodes());
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, pointerMoved);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
    }

    Parent parentOf() {
        return text.getParent();
    }

    /** Shows {@code content} beside {@code at} (in the parent's coordinates), kept inside {@code width}. */
    void show(String content, Point2D at, double width) {
        text.setText(content);
        text.applyCss();
        text.autosize();
        double x = at.getX() + 12;
        if (x + text.getWidth() > width - 4) {
            x = Math.max(4, at.getX() - 12 - text.getWidth());
        }
        double y = Math.max(2, at.getY() - text.getHeight() - 8);
        text.relocate(x, y);
        ring.setCenterX(at.getX());
        ring.setCenterY(at.getY());
        text.setVisible(true);
        ring.setVisible(true);
    }

    void hide() {
        text.setVisible(false);
        ring.setVisible(false);
    }

    String shownText() {
        return text.isVisible() ? text.getText() : "";
    }
}
