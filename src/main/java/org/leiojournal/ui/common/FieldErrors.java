package org.leiojournal.ui.common;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.leiojournal.domain.validation.FieldId;

/** Shows a field's problem right under it, and marks the field, so the message is where the eyes are. */
public final class FieldErrors {

    /** Where an error label keeps the field it speaks about, so a form can take the user to its first problem. */
    public static final String FIELD = "leio.error.field";

    private FieldErrors() {
    }

    /** The field with the topmost problem shown inside {@code form}, if any. */
    public static java.util.Optional<javafx.scene.Node> firstProblem(javafx.scene.Parent form) {
        return form.lookupAll("." + Style.FIELD_ERROR).stream()
                .filter(n -> n.isVisible() && n.getProperties().get(FIELD) instanceof javafx.scene.Node)
                .min(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(n -> (javafx.scene.Node) n.getProperties().get(FIELD));
    }

    /** A label that shows the message for {@code field}, hidden while there is none. */
    public static Label errorLabel(String id, FieldId field, ObservableMap<FieldId, String> errors, Control control) {
        Label label = new Label();
        label.setId(id + "-error");
        label.getStyleClass().add(Style.FIELD_ERROR);
        label.setWrapText(true);
        label.getProperties().put(FIELD, control);
        label.textProperty().bind(Bindings.valueAt(errors, field));
        Forms.shownWhile(label, label.textProperty().isNotEmpty());
        label.visibleProperty().addListener((obs, was, shown) -> {
            control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), shown);
            control.setAccessibleHelp(shown ? label.getText() : null);
        });
        return label;
    }
}
