package org.leiojournal.ui.treatment;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.MedicineValidator;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/** The form to add a medicine or change one: name, dose, set times or as needed, first and last day, note. */
final class MedicineFormCard extends VBox {

    private final TextField name;

    MedicineFormCard(MedicinesViewModel model, Messages messages) {
        name = FormFields.text("medicine-name", model.form().name(), messages.get("medicines.name.prompt"));
        TextField dose = FormFields.text("medicine-dose", model.form().dose(),
                messages.get("medicines.dose.prompt"));
        TextField times = FormFields.text("medicine-times", model.form().times(),
                messages.get("medicines.times.prompt"));
        times.disableProperty().bind(model.form().schedule().isEqualTo(MedicineSchedule.AS_NEEDED));
        DateField start = FormFields.date("medicine-start-date", model.form().start(), messages);
        DateField end = FormFields.date("medicine-end-date", model.form().end(), messages);
        end.setPromptText(messages.get("medicines.end.prompt"));
        TextArea note = FormFields.note("medicine-note", model.form().note(),
                messages.get("medicines.note.prompt"));

        RadioButton fixed = Forms.radio("medicine-schedule-fixed", messages.get("medicines.schedule.fixed"),
                MedicineSchedule.FIXED_TIMES);
        RadioButton asNeeded = Forms.radio("medicine-schedule-asneeded", messages.get("medicines.schedule.asNeeded"),
                MedicineSchedule.AS_NEEDED);
        Forms.bindChoice(model.form().schedule(), fixed, asNeeded);
        WrappingRow schedule = new WrappingRow(fixed, asNeeded); // one under the other when the two do not fit
        schedule.setHgap(16);

        FormGrid grid = new FormGrid(model.errors())
                .field(messages.get("medicines.name"), name, MedicineValidator.Field.NAME)
                .field(messages.get("medicines.dose"), dose, MedicineValidator.Field.DOSE)
                .row(messages.get("medicines.schedule"), fixed, schedule)
                .field(messages.get("medicines.times"), times, MedicineValidator.Field.TIMES)
                .field(messages.get("medicines.start"), start, MedicineValidator.Field.START)
                .field(messages.get("medicines.end"), end, MedicineValidator.Field.END)
                .field(messages.get("medicines.note"), note, MedicineValidator.Field.NOTE);

        Button save = FormFields.save("medicine-save", messages.get("medicines.save"), model::save, start, end);
        Button clear = Forms.button("medicine-clear", messages.get("medicines.clear"), model::startNew);
        WrappingRow buttons = Forms.buttons(save, clear);

        Label title = new Label();
        title.getStyleClass().add(Style.CARD_TITLE);
        title.textProperty().bind(model.editingProperty().map(m -> messages.get("medicines.form.edit", m.name()))
                .orElse(messages.get("medicines.form.new")));
        VBox card = new VBox(10, title, grid.pane(), buttons);
        card.getStyleClass().add(Style.CARD);
        getChildren().add(card);
    }

    void focusFirst() {
        name.requestFocus();
    }
}
