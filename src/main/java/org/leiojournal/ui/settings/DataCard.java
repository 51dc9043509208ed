package org.leiojournal.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * Export everything, and import an export; export for health records (FHIR) with the name and date of birth only
 * when ticked; import blood results from a portal's FHIR file: the buttons, what they do, progress and the last
 * result.
 */
final class DataCard extends VBox {

    DataCard(DataTransferViewModel model, Messages messages) {
        super(10);
        Button export = Forms.button("data-export", messages.get("transfer.export"), model::exportEverything);
        Button csv = Forms.button("data-export-csv", messages.get("transfer.csv"), model::exportCsv);
        Button fhir = Forms.button("data-export-fhir", messages.get("transfer.fhir"), model::exportFhir);
        CheckBox fhirName = Forms.checkBox("data-fhir-name", messages.get("transfer.fhir.name"),
                model.fhirNameProperty());
        CheckBox fhirBirth = Forms.checkBox("data-fhir-birth", messages.get("transfer.fhir.dateOfBirth"),
                model.fhirDateOfBirthProperty());
        Button importing = Forms.button("data-import", messages.get("transfer.import"), () -> model.chooseFileToImport()
                .ifPresent(file -> ImportModeDialog.ask(getScene().getWindow(), file, messages)
                        .ifPresent(mode -> model.importFrom(file, mode))));
        importing.setDisable(!model.canImport());
        Button bloodResults = Forms.button("data-import-fhir", messages.get("transfer.fhirImport"),
                () -> model.chooseFhirFileToImport().ifPresent(file -> model.importBloodResults(file,
                        preview -> LabImportPreviewDialog.ask(getScene().getWindow(), file, preview, messages))));
        bloodResults.setDisable(!model.canImport());
        Forms.offWhile(model.busyProperty(), export, csv, fhir);
        if (model.canImport()) {
            Forms.offWhile(model.busyProperty(), importing, bloodResults);
        }
        WrappingRow buttons = Forms.buttons(export, csv, importing);
        Forms.busyIn(buttons, "data-progress", messages.get("transfer.busy"), model.busyProperty());
        fhirName.setMinWidth(Region.USE_PREF_SIZE);
        fhirBirth.setMinWidth(Region.USE_PREF_SIZE);
        // the two boxes go under the button on a narrow window rather than shrinking to "Incl…"
        FlowPane health = new FlowPane(12, 8, fhir, fhirName, fhirBirth);
        health.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(Forms.hint(messages.get("transfer.hint")), buttons,
                Forms.hint(messages.get("transfer.fhir.hint")), health,
                Forms.hint(messages.get("transfer.fhirImport.hint")), bloodResults,
                Forms.outcome("data-result", model.resultProperty()));
        if (!model.canImport()) {
            getChildren().add(Forms.hint(messages.get("transfer.import.sample")));
        }
    }
}
