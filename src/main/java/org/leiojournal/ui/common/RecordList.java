package org.leiojournal.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * The saved records of a form, with Edit and Delete under the list: Enter or Edit puts the selected record in the form
 * and the cursor in its first field; the Delete key or button deletes it (the view model asks first). Both buttons are
 * off while nothing is selected.
 */
public record RecordList<T>(ListView<T> list, WrappingRow buttons) {

    /**
     * {@code edit} puts a record in the form, where the cursor then goes to {@code firstField}; {@code delete} deletes
     * one. The ids are {@code id}-list, -edit and -delete.
     */
    public static <T> RecordList<T> of(String id, ObservableList<T> items, Function<T, String> text, String empty,
                                       String editText, String deleteText, Consumer<T> edit, Node firstField,
                                       Consumer<T> delete) {
        Consumer<T> open = record -> {
            edit.accept(record);
            firstField.requestFocus();
        };
        ListView<T> list = FormFields.list(id + "-list", items, text, empty, open, delete);
        Button editButton = forSelected(id + "-edit", editText, list, open);
        Button deleteButton = forSelected(id + "-delete", deleteText, list, delete);
        editButton.setMnemonicParsing(false);
        deleteButton.setMnemonicParsing(false);
        return new RecordList<>(list, Forms.buttons(editButton, deleteButton));
    }

    /**
     * Records that are added by the form below and never edited (scans, blood tests): only Delete under the list, by
     * key or button. The ids are {@code id}-list and -delete.
     */
    public static <T> RecordList<T> deleteOnly(String id, ObservableList<T> items, Function<T, String> text,
                                               String empty, String deleteText, Consumer<T> delete) {
        ListView<T> list = FormFields.list(id + "-list", items, text, empty, null, delete);
        return new RecordList<>(list, Forms.buttons(forSelected(id + "-delete", deleteText, list, delete)));
    }

    /** A button that does {@code action} to the list's selected record; off while nothing is selected. */
    public static <T> Button forSelected(String id, String text, ListView<T> list, Consumer<T> action) {
        Button button = Forms.button(id, text, () -> action.accept(list.getSelectionModel().getSelectedItem()));
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        return button;
    }

    /**
     * The card that keeps these records: its title, the list with its buttons, then the form ({@code form}, its
     * fields and its buttons) that adds or changes one.
     */
    public VBox card(String title, Node... form) {
        VBox card = Forms.card(title, list, buttons);
        card.getChildren().addAll(form);
        return card;
    }
}
