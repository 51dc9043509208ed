package org.leiojournal.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A row of buttons with the main one at its right end; when the row is wider than the bar (large text, narrow
 * window) the main one goes under the others, at the left, so no button is cut to "…".
 */
public final class EndButtonBar extends VBox {

    private final HBox row = new HBox(8);
    private final Region spacer = new Region();
    private final Button end;
    private final Arrangement arrangement = new Arrangement(this::arrange);

    public EndButtonBar(Button end, Button... others) {
        super(8);
        this.end = end;
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().addAll(others);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        end.setMinWidth(Region.USE_PREF_SIZE);
        for (Button other : others) {
            other.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().add(row);
        arrangement.fit(false);
    }

    @Override
    protected void layoutChildren() {
        arrangement.fit(getWidth() < oneRowWidth());
        super.layoutChildren();
    }

    /** Narrow enough for the main button under the others. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(othersWidth(), end.prefWidth(-1)) + snappedRightInset();
    }

    /** True while the main button stands under the others. */
    public boolean isWrapped() {
        return arrangement.isNarrow();
    }

    private double oneRowWidth() {
        return snappedLeftInset() + othersWidth() + row.getSpacing() + end.prefWidth(-1) + snappedRightInset();
    }

    /** The other buttons shown (a hidden one is unmanaged and takes no room). */
    private double othersWidth() {
        double width = 0;
        int shown = 0;
        for (var node : row.getChildren()) {
            if (node.isManaged() && node != spacer && node != end) {
                width += node.prefWidth(-1);
                shown++;
            }
        }
        return width + Math.max(0, shown - 1) * row.getSpacing();
    }

    private void arrange(boolean under) {
        row.getChildren().removeAll(spacer, end);
        getChildren().remove(end);
        if (under) {
            getChildren().add(end);
        } else {
            row.getChildren().addAll(spacer, end);
        }
    }
}
