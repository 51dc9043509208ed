package org.leiojournal.ui.common;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * The whole name of what a choice box shows, wrapped under it, while the box is too narrow and cuts it to "…" (a
 * template's long name in the course list's column at 1024×600): the user reads what they choose in full. It takes no
 * room while the box shows the name whole. A choice box's own text cannot wrap.
 */
public final class FullChoiceName {

    private FullChoiceName() {
    }

    /** A wrapped hint that follows {@code box}'s shown text and shows only while the box cuts it. */
    public static Label under(ChoiceBox<?> box, String id) {
        Label full = Forms.hint("");
        full.setId(id);
        full.setVisible(false);
        full.managedProperty().bind(full.visibleProperty());
        box.skinProperty().addListener((o, old, skin) -> {
            if (box.lookup(".label") instanceof Labeled shown) {
                Runnable follow = () -> {
                    full.setText(shown.getText());
                    full.setVisible(shown.getText() != null && !shown.getText().isEmpty()
                            && shown.getWidth() + 0.5 < shown.prefWidth(-1));
                };
                shown.widthProperty().addListener(w -> follow.run());
                shown.textProperty().addListener(t -> follow.run());
                follow.run();
            }
        });
        return full;
    }
}
