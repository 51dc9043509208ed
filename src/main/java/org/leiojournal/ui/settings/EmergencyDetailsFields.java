package org.leiojournal.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * The emergency sheet's optional details in Settings' profile card: the central line or port (a kind and a few
 * words), allergies and other medicines, saved with the profile. Left empty, the sheet prints a line to write on.
 */
final class EmergencyDetailsFields extends VBox {

    EmergencyDetailsFields(ProfileFormModel model, Messages messages) {
        super(8);
        setId("profile-emergency");
        Label heading = new Label(messages.get("profile.emergency.title"));
        heading.getStyleClass().add("form-label");

        ComboBox<LineKind> kind = new ComboBox<>();
        kind.setId("profile-line-kind");
        kind.getItems().setAll(LineKind.values());
        kind.setConverter(Converters.shown(line -> line == LineKind.NOT_RECORDED
                ? messages.get("profile.line.notRecorded") : line.words(), messages.get("profile.line.notRecorded")));
        kind.valueProperty().bindBidirectional(model.lineKindProperty());
        TextField lineNote = field("profile-line-note", messages.get("profile.line.note.prompt"),
                model.lineNoteProperty());
        lineNote.setAccessibleText(messages.get("profile.line.note.accessible"));
        TextField allergies = field("profile-allergies", messages.get("profile.allergies.prompt"),
                model.allergiesProperty());
        TextField medicines = field("profile-other-medicines", messages.get("profile.otherMedicines.prompt"),
                model.otherMedicinesProperty());

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("profile.line"), kind), new VBox(6, kind, lineNote,
                FieldErrors.errorLabel(lineNote.getId(), ProfileFormModel.LINE_NOTE, model.errors(), lineNote)));
        grid.addRow(1, Forms.label(messages.get("profile.allergies"), allergies), new VBox(4, allergies,
                FieldErrors.errorLabel(allergies.getId(), ProfileFormModel.ALLERGIES, model.errors(), allergies)));
        grid.addRow(2, Forms.label(messages.get("profile.otherMedicines"), medicines), new VBox(4, medicines,
                FieldErrors.errorLabel(medicines.getId(), ProfileFormModel.OTHER_MEDICINES, model.errors(),
                        medicines)));
        getChildren().addAll(heading, Forms.hint(messages.get("profile.emergency.why")), grid);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
