package org.leiojournal.ui.appointment;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.FullText;

/**
 * Lines added one at a time (preparation steps, questions): a row per line, redrawn when the lines change, then
 * a field for the next line that Enter or the Add button adds (its hint under it when too long for it), and the
 * lines' problem under it.
 */
final class LineList<T> extends VBox {

    /**
     * @param id         prefix of the ids: {@code id-new}, {@code id-add}, {@code id-error}
     * @param row        the row for the line at an index
     * @param add        adds a line with the text typed
     * @param errorField the validator's field name for these lines
     */
    LineList(ObservableList<T> lines, IntFunction<Node> row, String id, String prompt, String addLabel,
             Consumer<String> add, FieldId errorField, ObservableMap<FieldId, String> errors) {
        super(6);
        VBox rows = new VBox(6);
        Runnable redraw = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < lines.size(); i++) {
                rows.getChildren().add(row.apply(i));
            }
        };
        lines.addListener((ListChangeListener<T>) c -> redraw.run());
        redraw.run();
        TextField next = new TextField();
        next.setId(id + "-new");
        next.setPromptText(prompt);
        HBox.setHgrow(next, Priority.ALWAYS);
        Runnable addTyped = () -> {
            if (!next.getText().isBlank()) {
                add.accept(next.getText());
                next.clear();
            }
        };
        next.setOnAction(e -> addTyped.run());
        Button addButton = Forms.button(id + "-add", addLabel, addTyped);
        getChildren().addAll(rows, new HBox(8, next, addButton), FullText.promptUnder(next, id + "-hint"),
                FieldErrors.errorLabel(id, errorField, errors, next));
    }
}
