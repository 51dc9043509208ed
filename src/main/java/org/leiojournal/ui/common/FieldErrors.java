package org.leiojournal.ui.common;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
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

    /**
     * The line that shows the message for {@code field} under it ({@code id}-error), taking no room while there is
     * none; its label is made when the first message comes ({@link ErrorLine}).
     */
    public static ErrorLine errorLabel(String id, FieldId field, ObservableMap<FieldId, String> errors, Control control) {
        return new ErrorLine(id + "-error", Bindings.stringValueAt(errors, field), control, true);
    }
}
