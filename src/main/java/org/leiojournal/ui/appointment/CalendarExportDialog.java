package org.leiojournal.ui.appointment;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Which dates to export and whether to add alarms; Export then asks where to save the file. */
public final class CalendarExportDialog extends Dialog<ButtonType> {

    /** Shows the dialog and exports if the user chose Export. */
    public static void ask(Window owner, CalendarExportViewModel model, Messages messages) {
        new CalendarExportDialog(owner, model, messages).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> model.export());
    }

    CalendarExportDialog(Window owner, CalendarExportViewModel model, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("export.title"));
        setHeaderText(messages.get("export.title"));
        getDialogPane().setId("export-dialog");
        Formats formats = new Formats(messages.locale());
        DateField from = FormFields.date("export-from", model.fromProperty(), messages);
        DateField to = FormFields.date("export-to", model.toProperty(), messages);
        from.setPromptText(messages.get("export.from.prompt"));
        to.setPromptText(messages.get("export.to.prompt"));
        CheckBox alarms = Forms.checkBox("export-alarms", messages.get("export.alarms"), model.alarmsProperty());
        Label rangeError = new Label();
        rangeError.setId("export-range-error");
        rangeError.getStyleClass().add("field-error");
        rangeError.textProperty().bind(model.rangeErrorProperty());
        rangeError.managedProperty().bind(rangeError.textProperty().isNotEmpty());

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("export.from"), from), FormFields.withProblem(from));
        grid.addRow(1, Forms.label(messages.get("export.to"), to), FormFields.withProblem(to));
        VBox content = new VBox(10, Forms.hint(messages.get("export.hint")), grid, rangeError, alarms,
                Forms.hint(messages.get("export.privacy")));
        content.getStyleClass().add("dialog-content-narrow"); // 37em: 520 px at 100 %, wider with larger text
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType(messages.get("export.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, export);
        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.setId("export-ok");
        // A backwards range keeps the dialog open with the reason under the dates.
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!FormFields.commit(from, to) || !model.checkRange()) {
                e.consume();
            }
        });
        setResultConverter(button -> button);
    }
}
