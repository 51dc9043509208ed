package org.leiojournal.ui.treatment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Echo and MUGA scans with their LVEF, latest first; add one, or delete one after confirming. */
public final class HeartScansPane extends BorderPane {

    public HeartScansPane(HeartScansViewModel model, Messages messages) {
        setId("heart-scans-pane");
        getStyleClass().add("treatment-pane");
        setTop(FormFields.status("heart-scans-status", model.statusProperty()));

        ListView<HeartScan> list = FormFields.list("heart-scan-list", model.scans(), model::describe,
                messages.get("heartScans.empty"), null, model::delete);
        Button delete = Forms.button("heart-scan-delete", messages.get("heartScans.delete"),
                () -> model.delete(list.getSelectionModel().getSelectedItem()));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        DateField date = FormFields.date("heart-scan-date", model.dateProperty(), messages);
        date.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(java.time.LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(model.today())); // a scan is entered once it has been done
            }
        });
        ToggleGroup group = new ToggleGroup();
        RadioButton echo = Forms.radio("heart-scan-echo", model.kindName(HeartScanKind.ECHO), HeartScanKind.ECHO, group);
        RadioButton muga = Forms.radio("heart-scan-muga", model.kindName(HeartScanKind.MUGA), HeartScanKind.MUGA, group);
        group.selectToggle(model.kindProperty().get() == HeartScanKind.MUGA ? muga : echo);
        group.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                model.kindProperty().set((HeartScanKind) toggle.getUserData());
            }
        });
        model.kindProperty().addListener((o, old, k) -> group.selectToggle(k == HeartScanKind.MUGA ? muga : echo));
        TextField lvef = FormFields.text("heart-scan-lvef", model.lvefProperty(),
                messages.get("heartScans.lvef.prompt"));
        lvef.setPrefColumnCount(6);
        TextArea note = FormFields.note("heart-scan-note", model.noteProperty(), "");

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("heartScans.date"), date),
                FormFields.withError(date, HeartScan.DATE, model.errors()));
        grid.addRow(1, Forms.label(messages.get("heartScans.kind"), echo), new HBox(16, echo, muga));
        HBox lvefRow = new HBox(6, lvef, new Label("%"));
        lvefRow.setAlignment(Pos.CENTER_LEFT);
        VBox lvefBox = new VBox(4, lvefRow,
                FieldErrors.errorLabel(lvef.getId(), HeartScan.LVEF, model.errors(), lvef));
        grid.addRow(2, Forms.label(messages.get("heartScans.lvef"), lvef), lvefBox);
        grid.addRow(3, Forms.label(messages.get("heartScans.note"), note),
                FormFields.withError(note, HeartScan.NOTE, model.errors()));
        Button add = Forms.button("heart-scan-add", messages.get("heartScans.add"), () -> {
            if (FormFields.commit(date)) {
                model.add();
            }
        });
        add.getStyleClass().add("primary");
        HBox buttons = new HBox(8, add);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox card = Forms.card(messages.get("heartScans.title"), Forms.hint(messages.get("heartScans.hint")), list,
                delete, grid, buttons);
        card.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        setCenter(scroll);
    }
}
