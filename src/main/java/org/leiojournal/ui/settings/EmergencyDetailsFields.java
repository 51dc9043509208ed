package org.leiojournal.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.ProfileValidator;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.ListWhenShownSkin;
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
        heading.setWrapText(true); // on two lines at 200 % text in a small window, not cut to "(opti…"
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ComboBox<LineKind> kind = ListWhenShownSkin.install(new ComboBox<>());
        kind.setId("profile-line-kind");
        kind.getItems().setAll(LineKind.values());
        kind.setConverter(Converters.shown(line -> messages.get(key(line)), messages.get(key(LineKind.NOT_RECORDED))));
        kind.valueProperty().bindBidirectional(model.lineKindProperty());
        TextField lineNote = FormFields.text("profile-line-note", model.lineNoteProperty(),
                messages.get("profile.line.note.prompt"), 24);
        lineNote.setAccessibleText(messages.get("profile.line.note.accessible"));
        TextField allergies = FormFields.text("profile-allergies", model.allergiesProperty(),
                messages.get("profile.allergies.prompt"), 24);
        TextField medicines = FormFields.text("profile-other-medicines", model.otherMedicinesProperty(),
                messages.get("profile.otherMedicines.prompt"), 24);

        GridPane grid = new FormGrid(model.errors())
                .row(messages.get("profile.line"), kind, new VBox(6, kind, lineNote,
                        FieldErrors.errorLabel(lineNote.getId(), ProfileValidator.Field.LINE_NOTE, model.errors(),
                                lineNote)))
                .field(messages.get("profile.allergies"), allergies, ProfileValidator.Field.ALLERGIES)
                .field(messages.get("profile.otherMedicines"), medicines, ProfileValidator.Field.OTHER_MEDICINES)
                .pane();
        getChildren().addAll(heading, Forms.hint(messages.get("profile.emergency.why")), grid);
    }

    /** Each kind's name in the choice, from the messages as every word of the window is. */
    static String key(LineKind line) {
        return switch (line) {
            case NOT_RECORDED -> "profile.line.notRecorded";
            case NONE -> "profile.line.none";
            case PICC -> "profile.line.picc";
            case PORT -> "profile.line.port";
            case TUNNELLED -> "profile.line.tunnelled";
            case OTHER -> "profile.line.other";
        };
    }

}
