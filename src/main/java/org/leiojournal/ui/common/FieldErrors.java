package org.leiojournal.ui.common;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** Shows a field's problem right under it, and marks the field, so the message is where the eyes are. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** A label that shows the message for {@code field}, hidden while there is none. */
    public static Label errorLabel(String id, String field, ObservableMap<String, String> errors, Control control) {
        Label label = new Label();
        label.setId(id + "-error");
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.valueAt(errors, field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().addListener((obs, was, shown) -> {
            control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), shown);
            control.setAccessibleHelp(shown ? label.getText() : null);
        });
        return label;
    }
}
