package org.leiojournal.ui.appointment;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;
import org.leiojournal.ui.common.WrappingRow;

/**
 * The dates the plan gives, each with a tick box: past dates and those already in the appointments are shown,
 * labelled, and cannot be ticked. Space ticks the selected row.
 */
final class FollowUpPreview extends VBox {

    FollowUpPreview(FollowUpViewModel model, Messages messages) {
        super(10);
        getStyleClass().add(Style.CARD);
        Label title = Forms.cardTitle(messages.get("followUp.preview"));
        Label note = new Label();
        note.setId("followup-preview-note");
        note.setWrapText(true);
        note.textProperty().bind(model.previewNoteProperty());

        ListView<ProposalRow> list = new ListView<>(model.proposals());
        list.setId("followup-preview");
        list.setPrefHeight(300);
        list.setAccessibleText(messages.get("followUp.preview"));
        list.setPlaceholder(Forms.hint(messages.get("followUp.preview.empty")));
        list.setCellFactory(v -> new RowCell());
        list.setOnKeyPressed(e -> {
            ProposalRow row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null && row.offered()) {
                row.chosenProperty().set(!row.chosenProperty().get());
                e.consume();
            }
        });

        getChildren().addAll(title, note, list, Forms.hint(messages.get("followUp.preview.hint")));
    }

    /**
     * Adding the ticked dates and saving the plan, with the status line beside them: kept below the scrolling
     * page so they are always in view. {@code dateReadable} takes what is typed in the form's date field first,
     * and is false (nothing done) when that text is not a date.
     */
    static WrappingRow actions(FollowUpViewModel model, Messages messages, java.util.function.BooleanSupplier dateReadable) {
        Button add = Forms.button("followup-add", "", () -> {
            if (dateReadable.getAsBoolean()) {
                model.addAppointments();
            }
        });
        add.textProperty().bind(model.chosenCountProperty().map(n -> messages.get("followUp.add", n)));
        add.getStyleClass().add("primary");
        add.disableProperty().bind(model.chosenCountProperty().isEqualTo(0));
        Button save = Forms.button("followup-save", messages.get("followUp.save"), () -> {
            if (dateReadable.getAsBoolean()) {
                model.save();
            }
        });
        // the follow-up tab's own line, beside the buttons it answers for; self-clearing like every status line
        Label status = FormFields.status("followup-status", model.statusProperty());
        // wraps: side by side "Add 0 dates to Upcoming" and "Save plan" were 11 px too wide at 200 % text in 1024×600
        WrappingRow bar = Forms.buttons(add, save, status);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    /** A row: its tick box bound to the row's choice, greyed and unavailable when it cannot be added. */
    private static final class RowCell extends ListCell<ProposalRow> {
        private final CheckBox box = new CheckBox();
        private ProposalRow shown;

        RowCell() {
            box.setFocusTraversable(false); // the list takes the focus; Space ticks
        }

        @Override
        protected void updateItem(ProposalRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                box.selectedProperty().unbindBidirectional(shown.chosenProperty());
                shown = null;
            }
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                getStyleClass().remove("ended");
                return;
            }
            shown = row;
            box.selectedProperty().bindBidirectional(row.chosenProperty());
            box.setDisable(!row.offered());
            setText(row.text());
            setGraphic(box);
            getStyleClass().remove("ended");
            if (!row.offered()) {
                getStyleClass().add("ended"); // muted, as ended courses are; the text says why
            }
        }
    }
}
