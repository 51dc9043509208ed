package org.leiojournal.ui.common;

import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;
import org.leiojournal.domain.validation.FieldId;

/**
 * A form's labelled fields, top to bottom: each label tied to its field (Alt+letter jumps there), each field with its
 * problem right under it; the labels stand beside the fields, or above them when the form is narrow
 * ({@link FormGridPane}). The rows number themselves, so adding a field is one line.
 */
public final class FormGrid {

    private final FormGridPane grid = new FormGridPane();
    private final ObservableMap<FieldId, String> errors;

    /** {@code errors}: the view model's problems by field, as {@link FormFields#withError} shows them. */
    public FormGrid(ObservableMap<FieldId, String> errors) {
        this.errors = errors;
    }

    /** A field with its problem, the view model's error for {@code fieldId}, under it. */
    public FormGrid field(String label, Control field, FieldId fieldId) {
        return row(label, field, FormFields.withError(field, fieldId, errors));
    }

    /** A row whose label names {@code target} and which shows {@code content}: choices side by side, a field and its unit. */
    public FormGrid row(String label, Node target, Node content) {
        grid.addRow(Forms.label(label, target), content);
        return this;
    }

    /** {@code content} in the fields' column, with no label of its own (a tick box with its hint). */
    public FormGrid under(Node content) {
        grid.addRow(null, content);
        return this;
    }

    public GridPane pane() {
        return grid;
    }
}
