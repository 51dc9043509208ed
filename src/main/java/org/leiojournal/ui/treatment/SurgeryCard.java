package org.leiojournal.ui.treatment;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/** Operations, done or planned: the list (Enter edits, Delete deletes after asking) and the form. */
final class SurgeryCard extends VBox {

    SurgeryCard(ProceduresViewModel model, Messages messages) {
        SurgeryFields fields = model.surgery();
        DateField date = FormFields.date("surgery-date", fields.date(), messages);
        TextField procedure = FormFields.text("surgery-procedure", fields.procedure(),
                messages.get("procedures.surgery.procedure.prompt"));
        TextField site = FormFields.text("surgery-site", fields.site(),
                messages.get("procedures.surgery.site.prompt"));
        TextArea note = FormFields.note("surgery-note", fields.note(), "");

        RecordList<?> list = RecordList.of("surgery", model.surgeries(), model::describe,
                messages.get("procedures.surgery.empty"), messages.get("procedures.edit"),
                messages.get("procedures.delete"), model::editSurgery, date, model::deleteSurgery);
        FormGrid grid = new FormGrid(model.errors())
                .field(messages.get("procedures.surgery.date"), date, Surgery.Field.DATE)
                .field(messages.get("procedures.surgery.procedure"), procedure, Surgery.Field.PROCEDURE)
                .field(messages.get("procedures.surgery.site"), site, Surgery.Field.SITE)
                .field(messages.get("procedures.note"), note, Surgery.Field.NOTE);
        Button save = FormFields.save("surgery-save", messages.get("procedures.surgery.save"), model::saveSurgery,
                date);
        Button clear = Forms.button("surgery-clear", messages.get("procedures.clear"), model::newSurgery);
        clear.setMnemonicParsing(false);
        getChildren().add(list.card(messages.get("procedures.surgery"), grid.pane(), Forms.buttons(save, clear)));
    }
}
