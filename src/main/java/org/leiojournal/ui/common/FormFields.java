package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.validation.FieldId;

/** The fields the form panes share: text, note and date fields bound to a view model, lists, status lines. */
public final class FormFields {

    private FormFields() {
    }

    public static TextField text(String id, StringProperty value, String prompt) {
        return text(id, value, prompt, 20);
    }

    /** A text field about {@code columns} characters wide (a phone number, a line of allergies). */
    public static TextField text(String id, StringProperty value, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static TextArea note(String id, StringProperty value, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(2);
        area.setPrefColumnCount(20);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** The app's one date field ({@link DateField}) bound to a view model's date. */
    public static DateField date(String id, ObjectProperty<LocalDate> value, Messages messages) {
        DateField field = new DateField(id, messages);
        field.valueProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A date field for what is written once it has happened (a check-in, a scan, a blood test): days after
     * {@code lastDay}, asked as the calendar draws, cannot be picked.
     */
    public static DateField pastDate(String id, ObjectProperty<LocalDate> value, Supplier<LocalDate> lastDay,
                                     Messages messages) {
        DateField field = date(id, value, messages);
        field.noDaysAfter(lastDay);
        return field;
    }

    /** The date field with its own problem (text it cannot read) right under it. */
    public static VBox withProblem(DateField field) {
        return new VBox(4, field, field.errorLabel());
    }

    /**
     * Takes what is typed in the date fields as their value (see {@link DateField#commit()}). False when one
     * holds text that is not a date: the caller does not save, and the field says why.
     */
    public static boolean commit(DateField... fields) {
        boolean readable = true;
        for (DateField field : fields) {
            readable &= field.commit();
        }
        return readable;
    }

    /**
     * The form's main button (Save, Add): it first takes what is typed in {@code dates} ({@link #commit}) and saves
     * only when each is a date or empty; otherwise the field says why and nothing is saved.
     */
    public static Button save(String id, String text, Runnable save, DateField... dates) {
        return Forms.primary(id, text, () -> {
            if (commit(dates)) {
                save.run();
            }
        });
    }

    /** The control with its problem right under it. */
    public static VBox withError(Control control, FieldId field, ObservableMap<FieldId, String> errors) {
        VBox box = new VBox(4, control, FieldErrors.errorLabel(control.getId(), field, errors, control));
        if (control instanceof DateField date) {
            box.getChildren().add(1, date.errorLabel());
        }
        return box;
    }

    /**
     * The control with its problem under it, wrapped to the control's width rather than widening the column: a row
     * of such columns ({@link Forms#wrapping}) keeps its fields' widths and its line when a problem shows.
     */
    public static VBox withErrorAsWide(Control control, FieldId field, ObservableMap<FieldId, String> errors) {
        VBox box = withError(control, field, errors);
        box.getChildren().stream().filter(ErrorLine.class::isInstance).map(ErrorLine.class::cast).forEach(problem -> {
            problem.setMinWidth(0);
            problem.setPrefWidth(0); // the column is as wide as its field; the problem wraps within it
            problem.setMaxWidth(Double.MAX_VALUE);
            problem.setMinHeight(Region.USE_PREF_SIZE); // every line of it shows, never "…"
        });
        return box;
    }

    /** A list whose rows read as {@code text} says; Enter opens the selected row, Delete deletes it. */
    public static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> text, String empty,
                                Consumer<T> onEnter, Consumer<T> onDelete) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(170);
        list.setPlaceholder(Forms.hint(empty));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
            }
        });
        list.setOnKeyPressed(e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER && onEnter != null) {
                onEnter.accept(selected);
                e.consume();
            } else if (selected != null && e.getCode() == KeyCode.DELETE && onDelete != null) {
                onDelete.accept(selected);
                e.consume();
            }
        });
        return list;
    }

    public static Label status(String id, ReadOnlyStringProperty text) {
        return new StatusLine(id, text);
    }
}
