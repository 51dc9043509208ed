package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The fields the form panes share: text, note and date fields bound to a view model, lists, status lines. */
public final class FormFields {

    private FormFields() {
    }

    public static TextField text(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(20);
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

    /** A date picker that also takes dates typed as 2026-11-22, 22/11/2026 or 22.11.2026. */
    public static DatePicker date(String id, ObjectProperty<LocalDate> value, Formats formats) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(190);
        picker.setConverter(Converters.dates(formats));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /**
     * Takes what is typed in the date fields as their value. A picker commits its text only when it loses the
     * focus, and a save by keyboard shortcut must not save the date shown before.
     */
    public static void commit(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            LocalDate typed = picker.getConverter().fromString(picker.getEditor().getText());
            if (!Objects.equals(typed, picker.getValue())) {
                picker.setValue(typed);
            }
        }
    }

    /** The control with its problem right under it. */
    public static VBox withError(Control control, String field, ObservableMap<String, String> errors) {
        return new VBox(4, control, FieldErrors.errorLabel(control.getId(), field, errors, control));
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
        Label status = new Label();
        status.setId(id);
        status.getStyleClass().add("status");
        status.setWrapText(true);
        status.textProperty().bind(text);
        return status;
    }
}
