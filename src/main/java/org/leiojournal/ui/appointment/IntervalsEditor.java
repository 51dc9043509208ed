package org.leiojournal.ui.appointment;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.followup.FollowUpValidator;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Messages;

/**
 * The plan's lines as a grid: from (where the line above ends), until and every N months to type, and what the
 * source said beside them, read-only. Each number has its problem right under it. Rebuilt only when lines are
 * added or removed, so typing never loses the focus.
 */
final class IntervalsEditor extends GridPane {

    private final FollowUpViewModel model;
    private final Messages messages;

    IntervalsEditor(FollowUpViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("followup-lines");
        setHgap(12);
        setVgap(8);
        model.lines().addListener((ListChangeListener<IntervalLine>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        addRow(0, header("followUp.col.from"), header("followUp.col.until"), header("followUp.col.every"),
                header("followUp.col.source"));
        for (int i = 0; i < model.lines().size(); i++) {
            addLine(i, model.lines().get(i));
        }
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private void addLine(int i, IntervalLine line) {
        Label from = new Label();
        from.setId("followup-from-" + i);
        from.textProperty().bind(line.fromProperty());
        from.setPadding(new javafx.geometry.Insets(4, 0, 0, 0)); // level with the text in the fields beside it
        TextField until = field("followup-until-" + i, messages.get("followUp.line.until", i + 1));
        until.textProperty().bindBidirectional(line.untilProperty());
        Label years = new Label();
        years.setId("followup-until-years-" + i);
        years.getStyleClass().add("item-hint");
        years.textProperty().bind(line.untilProperty().map(model::years));
        TextField every = field("followup-every-" + i, messages.get("followUp.line.every", i + 1));
        every.textProperty().bindBidirectional(line.everyProperty());
        Label range = new Label(model.range(line));
        range.setId("followup-range-" + i);
        range.getStyleClass().add("form-label");
        Label said = new Label(model.said(line));
        said.setId("followup-said-" + i);
        said.getStyleClass().add("item-hint");
        said.setWrapText(true);
        said.setMaxWidth(420);
        ObservableMap<FieldId, String> errors = model.errors();
        addRow(i + 1,
                withError(from, FollowUpValidator.Field.FROM.in(i), errors, new HBox(4, from)),
                withError(until, FollowUpValidator.Field.UNTIL.in(i), errors, row(until, years)),
                withError(every, FollowUpValidator.Field.EVERY.in(i), errors,
                        row(every, new Label(messages.get("followUp.months")))),
                new VBox(2, range, said));
    }

    private static TextField field(String id, String accessibleText) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setAccessibleText(accessibleText);
        return field;
    }

    private static HBox row(Control field, Label after) {
        HBox box = new HBox(6, field, after);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox withError(Control control, FieldId field, ObservableMap<FieldId, String> errors, HBox shown) {
        Label error = FieldErrors.errorLabel(control.getId(), field, errors, control);
        error.setMaxWidth(220);
        return new VBox(4, shown, error);
    }
}
