package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.MedicineValidator;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** The form to add a medicine or change one: name, dose, set times or as needed, first and last day, note. */
final class MedicineFormCard extends VBox {

    private final TextField name;

    MedicineFormCard(MedicinesViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        name = FormFields.text("medicine-name", model.nameProperty(), messages.get("medicines.name.prompt"));
        TextField dose = FormFields.text("medicine-dose", model.doseProperty(),
                messages.get("medicines.dose.prompt"));
        TextField times = FormFields.text("medicine-times", model.timesProperty(),
                messages.get("medicines.times.prompt"));
        times.disableProperty().bind(model.scheduleProperty().isEqualTo(MedicineSchedule.AS_NEEDED));
        DateField start = FormFields.date("medicine-start-date", model.startProperty(), messages);
        DateField end = FormFields.date("medicine-end-date", model.endProperty(), messages);
        end.setPromptText(messages.get("medicines.end.prompt"));
        TextArea note = FormFields.note("medicine-note", model.noteProperty(),
                messages.get("medicines.note.prompt"));

        ToggleGroup group = new ToggleGroup();
        RadioButton fixed = Forms.radio("medicine-schedule-fixed", messages.get("medicines.schedule.fixed"),
                MedicineSchedule.FIXED_TIMES, group);
        RadioButton asNeeded = Forms.radio("medicine-schedule-asneeded", messages.get("medicines.schedule.asNeeded"),
                MedicineSchedule.AS_NEEDED, group);
        group.selectToggle(model.scheduleProperty().get() == MedicineSchedule.AS_NEEDED ? asNeeded : fixed);
        group.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                model.scheduleProperty().set((MedicineSchedule) toggle.getUserData());
            }
        });
        model.scheduleProperty().addListener((o, old, schedule) ->
                group.selectToggle(schedule == MedicineSchedule.AS_NEEDED ? asNeeded : fixed));

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("medicines.name"), name),
                FormFields.withError(name, MedicineValidator.NAME, model.errors()));
        grid.addRow(1, Forms.label(messages.get("medicines.dose"), dose),
                FormFields.withError(dose, MedicineValidator.DOSE, model.errors()));
        grid.addRow(2, Forms.label(messages.get("medicines.schedule"), fixed), new HBox(16, fixed, asNeeded));
        grid.addRow(3, Forms.label(messages.get("medicines.times"), times),
                FormFields.withError(times, MedicineValidator.TIMES, model.errors()));
        grid.addRow(4, Forms.label(messages.get("medicines.start"), start),
                FormFields.withError(start, MedicineValidator.START, model.errors()));
        grid.addRow(5, Forms.label(messages.get("medicines.end"), end),
                FormFields.withError(end, MedicineValidator.END, model.errors()));
        grid.addRow(6, Forms.label(messages.get("medicines.note"), note),
                FormFields.withError(note, MedicineValidator.NOTE, model.errors()));

        Button save = Forms.button("medicine-save", messages.get("medicines.save"), () -> {
            if (FormFields.commit(start, end)) {
                model.save();
            }
        });
        save.getStyleClass().add("primary");
        Button clear = Forms.button("medicine-clear", messages.get("medicines.clear"), model::startNew);
        HBox buttons = new HBox(8, save, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add("card-title");
        title.textProperty().bind(model.editingProperty().map(m -> messages.get("medicines.form.edit", m.name()))
                .orElse(messages.get("medicines.form.new")));
        VBox card = new VBox(10, title, grid, buttons);
        card.getStyleClass().add("card");
        getChildren().add(card);
    }

    void focusFirst() {
        name.requestFocus();
    }
}
