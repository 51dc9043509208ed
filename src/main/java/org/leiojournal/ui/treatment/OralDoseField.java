package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.OralDoseConfirmation;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * "Confirm your dose from your prescription label: [    ] mg [Confirm dose]", shown on Today and in the course
 * until the user has typed the dose of their daily tablets. The field starts empty: the app never offers a dose.
 */
public final class OralDoseField {

    private OralDoseField() {
    }

    /** @param id names the field, e.g. "today-oral-dose-3", so Today's and the course's do not clash */
    public static VBox of(String id, TreatmentViewModel model, Course course, DrugPlan tablets, Messages messages) {
        TextField amount = new TextField();
        amount.setId(id);
        amount.setPrefColumnCount(5);
        amount.textProperty().addListener(o -> model.errors().remove(OralDoseConfirmation.Field.TABLETS));
        Button confirm = Forms.button(id + "-confirm", messages.get("treatment.oral.confirmButton"),
                () -> model.confirmOralDose(course, amount.getText()));
        amount.setOnAction(e -> confirm.fire());
        FlowPane row = new FlowPane(8, 6, Forms.label(messages.get("treatment.oral.confirmLabel"), amount), amount,
                new Label(tablets.dose().unit().symbol()), confirm);
        row.setAlignment(Pos.CENTER_LEFT);
        Label prompt = new Label(messages.get("treatment.oral.confirmPrompt"));
        prompt.setId(id + "-prompt");
        prompt.getStyleClass().add("check-sheet");
        prompt.setWrapText(true);
        return new VBox(4, prompt, row,
                FieldErrors.errorLabel(id, OralDoseConfirmation.Field.TABLETS, model.errors(), amount));
    }
}
