package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Radiotherapy courses, given or planned: the list (Enter edits, Delete deletes after asking) and the form. */
final class RadiotherapyCard extends VBox {

    RadiotherapyCard(ProceduresViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        DateField start = FormFields.date("radiotherapy-start", model.startProperty(), messages);
        DateField end = FormFields.date("radiotherapy-end", model.endProperty(), messages);
        TextField fractions = FormFields.text("radiotherapy-fractions", model.fractionsProperty(),
                messages.get("procedures.radiotherapy.fractions.prompt"));
        fractions.setPrefColumnCount(6);
        TextField site = FormFields.text("radiotherapy-site", model.siteProperty(),
                messages.get("procedures.radiotherapy.site.prompt"));
        TextField technique = FormFields.text("radiotherapy-technique", model.techniqueProperty(),
                messages.get("procedures.radiotherapy.technique.prompt"));
        CheckBox chest = new CheckBox(messages.get("procedures.radiotherapy.chest"));
        chest.setId("radiotherapy-chest");
        chest.setMnemonicParsing(true);
        chest.setWrapText(true);
        chest.selectedProperty().bindBidirectional(model.chestProperty());
        Label hint = Forms.hint(messages.get("procedures.radiotherapy.chest.hint"));
        hint.setId("radiotherapy-chest-hint");
        chest.setAccessibleHelp(hint.getText());
        TextArea note = FormFields.note("radiotherapy-note", model.noteProperty(), "");

        ListView<Radiotherapy> list = FormFields.list("radiotherapy-list", model.radiotherapyCourses(),
                model::describe, messages.get("procedures.radiotherapy.empty"), r -> {
                    model.editRadiotherapy(r);
                    start.requestFocus();
                }, model::deleteRadiotherapy);
        Button edit = Forms.button("radiotherapy-edit", messages.get("procedures.edit"), () -> {
            model.editRadiotherapy(list.getSelectionModel().getSelectedItem());
            start.requestFocus();
        });
        Button delete = Forms.button("radiotherapy-delete", messages.get("procedures.delete"),
                () -> model.deleteRadiotherapy(list.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        edit.setMnemonicParsing(false);
        delete.setMnemonicParsing(false);

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("procedures.radiotherapy.start"), start),
                FormFields.withError(start, Radiotherapy.START, model.errors()));
        grid.addRow(1, Forms.label(messages.get("procedures.radiotherapy.end"), end),
                FormFields.withError(end, Radiotherapy.END, model.errors()));
        grid.addRow(2, Forms.label(messages.get("procedures.radiotherapy.fractions"), fractions),
                FormFields.withError(fractions, Radiotherapy.FRACTIONS, model.errors()));
        grid.addRow(3, Forms.label(messages.get("procedures.radiotherapy.site"), site),
                FormFields.withError(site, Radiotherapy.SITE, model.errors()));
        grid.addRow(4, Forms.label(messages.get("procedures.radiotherapy.technique"), technique),
                FormFields.withError(technique, Radiotherapy.TECHNIQUE, model.errors()));
        grid.add(new VBox(4, chest, hint), 1, 5);
        grid.addRow(6, Forms.label(messages.get("procedures.note"), note),
                FormFields.withError(note, Radiotherapy.NOTE, model.errors()));
        Button save = Forms.button("radiotherapy-save", messages.get("procedures.radiotherapy.save"), () -> {
            if (FormFields.commit(start, end)) {
                model.saveRadiotherapy();
            }
        });
        save.getStyleClass().add("primary");
        Button clear = Forms.button("radiotherapy-clear", messages.get("procedures.clear"), model::newRadiotherapy);
        clear.setMnemonicParsing(false);
        HBox listButtons = new HBox(8, edit, delete);
        HBox formButtons = new HBox(8, save, clear);
        listButtons.setAlignment(Pos.CENTER_LEFT);
        formButtons.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(Forms.card(messages.get("procedures.radiotherapy"), list, listButtons, grid, formButtons));
    }
}
