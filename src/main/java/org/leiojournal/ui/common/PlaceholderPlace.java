package org.leiojournal.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Keeps a part's placeholder where its part will go while it takes no room. In a {@link VBox} (every screen's
 * column and card) it is laid out, zero high, at the top of the part's place, and a bottom margin of minus the
 * box's spacing takes back the gap the box puts after it, so every other child stands exactly where it would
 * without it. The benchmark's "in sight" (issue 21) then sees a card below the window's edge as below it. In any
 * other parent it is left out of the layout at the parent's (0,0): in sight whenever the parent's top is (strict).
 */
final class PlaceholderPlace {

    private PlaceholderPlace() {
    }

    static void keep(Region placeholder) {
        placeholder.setManaged(false);
        // the box's spacing may come from a style sheet after the placeholder joins it
        ChangeListener<Number> spacing = (o, old, now) -> takeBack(placeholder, now.doubleValue());
        placeholder.parentProperty().addListener((o, old, parent) -> {
            if (old instanceof VBox box) {
                box.spacingProperty().removeListener(spacing);
            }
            place(placeholder, parent, spacing);
        });
    }

    private static void place(Region placeholder, Parent parent, ChangeListener<Number> spacing) {
        if (parent instanceof VBox box) {
            takeBack(placeholder, box.getSpacing());
            box.spacingProperty().addListener(spacing);
            placeholder.setManaged(true);
        } else {
            VBox.setMargin(placeholder, null);
            placeholder.setManaged(false); // no gap for a part not there yet
        }
    }

    private static void takeBack(Region placeholder, double spacing) {
        VBox.setMargin(placeholder, new Insets(0, 0, -spacing, 0));
    }
}
