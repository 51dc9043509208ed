package org.leiojournal.ui.report;

import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leiojournal.domain.report.RangeCheck;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * The clinic report dialog. It stays open after Save so the user can open the report or its folder; Save keeps it
 * open with the reason under the field when a date is wrong.
 */
public final class ReportDialog extends Dialog<ButtonType> {

    /** Shows the dialog with today's default range; returns at once (the dialog is modal to the window). */
    public static ReportDialog open(Window owner, ReportViewModel model, Messages messages) {
        model.reset();
        ReportDialog dialog = new ReportDialog(owner, model, messages);
        dialog.show();
        return dialog;
    }

    ReportDialog(Window owner, ReportViewModel model, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("report.title"));
        setHeaderText(messages.get("report.title"));
        getDialogPane().setId("report-dialog");
        ButtonType save = new ButtonType(messages.get("report.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, save);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("report-save");
        saveButton.disableProperty().bind(model.runningProperty());
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("report-close");
        DateField from = FormFields.date("report-from", model.fromProperty(), messages);
        DateField to = FormFields.date("report-to", model.toProperty(), messages);
        // Save writes and stays: the user may want to open what was written.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (FormFields.commit(from, to)) {
                model.save();
            }
        });
        VBox content = new VBox(12, Forms.hint(messages.get("report.hint")), dates(model, messages, from, to),
                paper(model, messages), sections(model, messages), privacy(model, messages), result(model, messages));
        content.getStyleClass().add("dialog-content"); // 40em: 560 px at 100 %, wider with larger text
        getDialogPane().setContent(content);
        setResultConverter(button -> button);
    }

    private static GridPane dates(ReportViewModel model, Messages messages, DateField from, DateField to) {
        FormGrid grid = new FormGrid(model.errors())
                .field(messages.get("report.from"), from, RangeCheck.Field.FROM)
                .field(messages.get("report.to"), to, RangeCheck.Field.TO);
        Label reason = new Label();
        reason.setId("report-reason");
        reason.getStyleClass().add(Style.HINT);
        reason.setWrapText(true);
        reason.textProperty().bind(model.reasonProperty());
        return grid.under(reason).pane();
    }

    private static VBox paper(ReportViewModel model, Messages messages) {
        RadioButton a4 = Forms.radio("report-paper-a4", messages.get("report.paper.a4"), Paper.A4);
        RadioButton letter = Forms.radio("report-paper-letter", messages.get("report.paper.letter"), Paper.LETTER);
        Forms.bindChoice(model.paperProperty(), a4, letter);
        HBox choices = new HBox(16, a4, letter);
        Label label = Forms.label(messages.get("report.paper"), a4);
        return new VBox(4, label, choices);
    }

    private static VBox sections(ReportViewModel model, Messages messages) {
        FlowPane boxes = new FlowPane(16, 6);
        boxes.getChildren().addAll(
                check("report-section-charts", messages.get("report.section.charts"),
                        model, ReportSection.CHARTS),
                check("report-section-blood", messages.get("report.section.bloodTests"), model,
                        ReportSection.BLOOD_TESTS),
                check("report-section-table", messages.get("report.section.table"), model, ReportSection.TABLE),
                check("report-section-medicines", messages.get("report.section.medicines"), model,
                        ReportSection.MEDICINES),
                check("report-section-notes", messages.get("report.section.notes"), model, ReportSection.NOTES));
        Label label = Forms.label(messages.get("report.sections"), boxes.getChildren().get(0));
        return new VBox(4, label, boxes, Forms.hint(messages.get("report.sections.hint")));
    }

    private static CheckBox check(String id, String text, ReportViewModel model, ReportSection section) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(model.sectionProperty(section));
        return box;
    }

    private static VBox privacy(ReportViewModel model, Messages messages) {
        CheckBox name = Forms.checkBox("report-include-name", messages.get("report.include.name"),
                model.includeNameProperty());
        CheckBox born = Forms.checkBox("report-include-dob", messages.get("report.include.dateOfBirth"),
                model.includeDateOfBirthProperty());
        Label label = Forms.label(messages.get("report.include"), name);
        return new VBox(4, label, new HBox(16, name, born), Forms.hint(messages.get("report.include.hint")));
    }

    private static VBox result(ReportViewModel model, Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("report-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        progress.setAccessibleText(messages.get("report.working"));
        Label status = FormFields.status("report-status", model.statusProperty());
        HBox line = new HBox(8, progress, status);
        line.setAlignment(Pos.CENTER_LEFT);
        Button openReport = Forms.button("report-open-file", messages.get("report.openFile"), model::openReport);
        Button showFolder = Forms.button("report-show-folder", messages.get("report.showFolder"),
                model::showInFolder);
        openReport.disableProperty().bind(model.savedProperty().isNull());
        showFolder.disableProperty().bind(model.savedProperty().isNull());
        return new VBox(8, line, new HBox(10, openReport, showFolder));
    }
}
