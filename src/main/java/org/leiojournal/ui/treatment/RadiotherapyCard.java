package org.leiojournal.ui.treatment;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/** Radiotherapy courses, given or planned: the list (Enter edits, Delete deletes after asking) and the form. */
final class RadiotherapyCard extends VBox {

    RadiotherapyCard(ProceduresViewModel model, Messages messages) {
        RadiotherapyFields fields = model.radiotherapy();
        DateField start = FormFields.date("radiotherapy-start", fields.start(), messages);
        DateField end = FormFields.date("radiotherapy-end", fields.end(), messages);
        TextField fractions = FormFields.text("radiotherapy-fractions", fields.fractions(),
                messages.get("procedures.radiotherapy.fractions.prompt"));
        fractions.setPrefColumnCount(6);
        TextField site = FormFields.text("radiotherapy-site", fields.site(),
                messages.get("procedures.radiotherapy.site.prompt"));
        TextField technique = FormFields.text("radiotherapy-technique", fields.technique(),
                messages.get("procedures.radiotherapy.technique.prompt"));
        CheckBox chest = Forms.checkBox("radiotherapy-chest", messages.get("procedures.radiotherapy.chest"),
                fields.chest());
        chest.setMnemonicParsing(true);
        chest.setWrapText(true);
        Label hint = Forms.hint(messages.get("procedures.radiotherapy.chest.hint"));
        hint.setId("radiotherapy-chest-hint");
        chest.setAccessibleHelp(hint.getText());
        TextArea note = FormFields.note("radiotherapy-note", fields.note(), "");

        RecordList<?> list = RecordList.of("radiotherapy", model.radiotherapyCourses(), model::describe,
                messages.get("procedures.radiotherapy.empty"), messages.get("procedures.edit"),
                messages.get("procedures.delete"), model::editRadiotherapy, start, model::deleteRadiotherapy);
        FormGrid grid = new FormGrid(model.errors())
                .field(messages.get("procedures.radiotherapy.start"), start, Radiotherapy.Field.START)
                .field(messages.get("procedures.radiotherapy.end"), end, Radiotherapy.Field.END)
                .field(messages.get("procedures.radiotherapy.fractions"), fractions, Radiotherapy.Field.FRACTIONS)
                .field(messages.get("procedures.radiotherapy.site"), site, Radiotherapy.Field.SITE)
                .field(messages.get("procedures.radiotherapy.technique"), technique, Radiotherapy.Field.TECHNIQUE)
                .under(new VBox(4, chest, hint))
                .field(messages.get("procedures.note"), note, Radiotherapy.Field.NOTE);
        Button save = FormFields.save("radiotherapy-save", messages.get("procedures.radiotherapy.save"),
                model::saveRadiotherapy, start, end);
        Button clear = Forms.button("radiotherapy-clear", messages.get("procedures.clear"), model::newRadiotherapy);
        clear.setMnemonicParsing(false);
        getChildren().add(list.card(messages.get("procedures.radiotherapy"), grid.pane(), Forms.buttons(save, clear)));
    }
}
