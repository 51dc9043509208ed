package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.RecordList;

/** Echo and MUGA scans with their LVEF, latest first; add one, or delete one after confirming. */
public final class HeartScansPane extends BorderPane {

    public HeartScansPane(HeartScansViewModel model, Messages messages) {
        TreatmentPaneTop.dress(this, "heart-scans", model.statusProperty());

        RecordList<HeartScan> list = RecordList.deleteOnly("heart-scan", model.scans(), model::describe,
                messages.get("heartScans.empty"), messages.get("heartScans.delete"), model::delete);

        DateField date = FormFields.pastDate("heart-scan-date", model.dateProperty(), model::today, messages);
        RadioButton echo = Forms.radio("heart-scan-echo", model.kindName(HeartScanKind.ECHO), HeartScanKind.ECHO);
        RadioButton muga = Forms.radio("heart-scan-muga", model.kindName(HeartScanKind.MUGA), HeartScanKind.MUGA);
        Forms.bindChoice(model.kindProperty(), echo, muga);
        TextField lvef = FormFields.text("heart-scan-lvef", model.lvefProperty(),
                messages.get("heartScans.lvef.prompt"));
        lvef.setPrefColumnCount(6);
        TextArea note = FormFields.note("heart-scan-note", model.noteProperty(), "");

        HBox lvefRow = new HBox(6, lvef, new Label("%"));
        lvefRow.setAlignment(Pos.CENTER_LEFT);
        VBox lvefBox = new VBox(4, lvefRow,
                FieldErrors.errorLabel(lvef.getId(), HeartScan.Field.LVEF, model.errors(), lvef));
        FormGrid grid = new FormGrid(model.errors())
                .field(messages.get("heartScans.date"), date, HeartScan.Field.DATE)
                .row(messages.get("heartScans.kind"), echo, new HBox(16, echo, muga))
                .row(messages.get("heartScans.lvef"), lvef, lvefBox)
                .field(messages.get("heartScans.note"), note, HeartScan.Field.NOTE);
        Button add = FormFields.save("heart-scan-add", messages.get("heartScans.add"), model::add, date);

        VBox card = Forms.card(messages.get("heartScans.title"), Forms.hint(messages.get("heartScans.hint")),
                list.list(), list.buttons(), grid.pane(), Forms.buttons(add));
        card.setMaxWidth(720);
        setCenter(Forms.scrolling(card));
    }
}
