package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Operations, done or planned: the list (Enter edits, Delete deletes after asking) and the form. */
final class SurgeryCard extends VBox {

    SurgeryCard(ProceduresViewModel model, Messages messages) {
        Formats formats = new Formats(messages.locale());
        DateField date = FormFields.date("surgery-date", model.surgeryDateProperty(), messages);
        TextField procedure = FormFields.text("surgery-procedure", model.procedureProperty(),
                messages.get("procedures.surgery.procedure.prompt"));
        TextField site = FormFields.text("surgery-site", model.surgerySiteProperty(),
                messages.get("procedures.surgery.site.prompt"));
        TextArea note = FormFields.note("surgery-note", model.surgeryNoteProperty(), "");

        ListView<Surgery> list = FormFields.list("surgery-list", model.surgeries(), model::describe,
                messages.get("procedures.surgery.empty"), s -> {
                    model.editSurgery(s);
                    date.requestFocus();
                }, model::deleteSurgery);
        Button edit = Forms.button("surgery-edit", messages.get("procedures.edit"), () -> {
            model.editSurgery(list.getSelectionModel().getSelectedItem());
            date.requestFocus();
        });
        Button delete = Forms.button("surgery-delete", messages.get("procedures.delete"),
                () -> model.deleteSurgery(list.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(edit.disableProperty());
        edit.setMnemonicParsing(false);
        delete.setMnemonicParsing(false);

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("procedures.surgery.date"), date),
                FormFields.withError(date, Surgery.DATE, model.errors()));
        grid.addRow(1, Forms.label(messages.get("procedures.surgery.procedure"), procedure),
                FormFields.withError(procedure, Surgery.PROCEDURE, model.errors()));
        grid.addRow(2, Forms.label(messages.get("procedures.surgery.site"), site),
                FormFields.withError(site, Surgery.SITE, model.errors()));
        grid.addRow(3, Forms.label(messages.get("procedures.note"), note),
                FormFields.withError(note, Surgery.NOTE, model.errors()));
        Button save = Forms.button("surgery-save", messages.get("procedures.surgery.save"), () -> {
            if (FormFields.commit(date)) {
                model.saveSurgery();
            }
        });
        save.getStyleClass().add("primary");
        Button clear = Forms.button("surgery-clear", messages.get("procedures.clear"), model::newSurgery);
        clear.setMnemonicParsing(false);
        HBox listButtons = new HBox(8, edit, delete);
        HBox formButtons = new HBox(8, save, clear);
        listButtons.setAlignment(Pos.CENTER_LEFT);
        formButtons.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(Forms.card(messages.get("procedures.surgery"), list, listButtons, grid, formButtons));
    }
}
