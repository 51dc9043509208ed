package org.leiojournal.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/**
 * The saved records of a form, with Edit and Delete under the list: Enter or Edit puts the selected record in the form
 * and the cursor in its first field; the Delete key or button deletes it (the view model asks first). Both buttons are
 * off while nothing is selected.
 */
public record RecordList<T>(ListView<T> list, HBox buttons) {

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
        Button editButton = Forms.button(id + "-edit", editText,
                () -> open.accept(list.getSelectionModel().getSelectedItem()));
        Button deleteButton = Forms.button(id + "-delete", deleteText,
                () -> delete.accept(list.getSelectionModel().getSelectedItem()));
        editButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(editButton.disableProperty());
        editButton.setMnemonicParsing(false);
        deleteButton.setMnemonicParsing(false);
        return new RecordList<>(list, Forms.buttons(editButton, deleteButton));
    }
}
