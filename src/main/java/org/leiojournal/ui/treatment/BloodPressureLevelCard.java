package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Where the team's home blood pressure level is kept, saying what having none means. */
public final class BloodPressureLevelCard extends VBox {

    public BloodPressureLevelCard(BloodPressureLevelModel model, Messages messages) {
        setId("bp-level-card");
        TextField systolic = FormFields.text("bp-level-systolic", model.systolicProperty(), "");
        TextField diastolic = FormFields.text("bp-level-diastolic", model.diastolicProperty(), "");
        systolic.setPrefColumnCount(4);
        diastolic.setPrefColumnCount(4);
        systolic.setAccessibleText(messages.get("checkIn.bp.systolic.accessible"));
        diastolic.setAccessibleText(messages.get("checkIn.bp.diastolic.accessible"));
        Button save = Forms.button("bp-level-save", messages.get("bpLevel.save"), model::save);
        // wraps before the button with large text rather than cutting "mmHg"
        FlowPane numbers = new FlowPane(6, 6, Forms.label(messages.get("bpLevel.label"), systolic), systolic,
                new Label("/"), diastolic, new Label("mmHg"), save);
        numbers.setAlignment(Pos.CENTER_LEFT);
        Label current = new Label();
        current.setId("bp-level-current");
        current.setWrapText(true);
        current.textProperty().bind(model.currentProperty());
        VBox card = Forms.card(messages.get("bpLevel.title"), Forms.hint(messages.get("bpLevel.hint")), numbers,
                FieldErrors.errorLabel("bp-level-systolic", BloodPressureLevels.Field.SYSTOLIC, model.errors(),
                        systolic),
                FieldErrors.errorLabel("bp-level-diastolic", BloodPressureLevels.Field.DIASTOLIC, model.errors(),
                        diastolic),
                current, FormFields.status("bp-level-status", model.statusProperty()));
        card.setMaxWidth(900);
        getChildren().add(card);
    }
}
