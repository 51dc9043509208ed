package org.leiojournal.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.leiojournal.domain.alert.AlertTier;

/**
 * How an alert tier looks wherever alerts are shown: a style class for its colour, and an icon of its own shape
 * (a warning triangle with "!" for call-now, a circle with "i" for tell-soon), so the tiers never differ by colour
 * alone; the words beside them name the tier too.
 */
public final class TierLook {

    /** How tall an icon is at the usual text size (it grows with the text): a table row must leave room for it. */
    public static final double ICON_HEIGHT = 24;

    private TierLook() {
    }

    /** "tier-call-now" or "tier-tell-soon". */
    public static String styleClass(AlertTier tier) {
        return "tier-" + tier.code();
    }

    /**
     * The icon, drawn for the mark's usual 15 px and grown with the text size: the mark's size is in em, and the
     * shape and the box follow it, so at 200 % text the icon is twice as large and the "!" stays inside it.
     */
    public static Node icon(AlertTier tier) {
        Shape shape = tier == AlertTier.CALL_NOW ? new Polygon(0, -11, 12, 10, -12, 10) : new Circle(10);
        shape.getStyleClass().add("tier-icon-shape");
        Text mark = new Text(tier == AlertTier.CALL_NOW ? "!" : "i");
        mark.getStyleClass().add("tier-icon-mark");
        DoubleBinding scale = Bindings.createDoubleBinding(() -> mark.getFont().getSize() / USUAL_MARK_SIZE,
                mark.fontProperty());
        shape.scaleXProperty().bind(scale);
        shape.scaleYProperty().bind(scale);
        if (tier == AlertTier.CALL_NOW) {
            mark.translateYProperty().bind(scale.multiply(2)); // the triangle's weight sits low
        }
        StackPane icon = new StackPane(shape, mark);
        icon.getStyleClass().addAll("tier-icon", styleClass(tier));
        for (var size : List.of(icon.minWidthProperty(), icon.maxWidthProperty())) {
            size.bind(scale.multiply(26));
        }
        for (var size : List.of(icon.minHeightProperty(), icon.maxHeightProperty())) {
            size.bind(scale.multiply(ICON_HEIGHT));
        }
        return icon;
    }

    /** The mark's size at the usual text size (1.071em of 14 px), for which the shape's points are drawn. */
    private static final double USUAL_MARK_SIZE = 15;

    /** A label with the tier's icon before its text, coloured as the tier. */
    public static Label label(AlertTier tier, String text) {
        Label label = new Label(text, icon(tier));
        label.setGraphicTextGap(8);
        label.getStyleClass().add(styleClass(tier));
        return label;
    }
}
