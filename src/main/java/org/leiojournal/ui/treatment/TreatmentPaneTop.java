package org.leiojournal.ui.treatment;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.layout.BorderPane;
import org.leiojournal.ui.common.FormFields;

/** What every tab of the Treatment screen has: its id and style, and its status line at the top. */
final class TreatmentPaneTop {

    private TreatmentPaneTop() {
    }

    /** The pane's id is {@code name}-pane and its status line's {@code name}-status. */
    static void dress(BorderPane pane, String name, ReadOnlyStringProperty status) {
        pane.setId(name + "-pane");
        pane.getStyleClass().add("treatment-pane");
        pane.setTop(FormFields.status(name + "-status", status));
    }
}
