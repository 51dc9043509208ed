package org.leiojournal.ui.appointment;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpValidator;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.ErrorLine;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.WhyToggle;
import org.leiojournal.ui.common.WrappingRow;

/**
 * The follow-up plan: time since treatment, a plain line that presets are not advice, the preset chooser with
 * each preset's source, the team's editable lines, the scan beside each visit, and the dates they give.
 */
public final class FollowUpPane extends BorderPane {

    public FollowUpPane(FollowUpViewModel model, Messages messages) {
        setId("followup-pane");
        DateField end = FormFields.date("followup-end", model.endProperty(), messages);
        VBox content = new VBox(12, whenCard(model, messages, end), linesCard(model, messages),
                new FollowUpPreview(model, messages));
        content.getStyleClass().add("followup-content"); // its widest in em (leio.css)
        setCenter(Forms.scrolling(content));
        setBottom(FollowUpPreview.actions(model, messages, end::commit));
    }

    private static Node whenCard(FollowUpViewModel model, Messages messages, DateField end) {
        Label years = label("followup-years", "position");
        years.textProperty().bind(model.elapsedProperty());
        Label disclaimer = label("followup-disclaimer", "caution");
        disclaimer.setText(messages.get("followUp.disclaimer"));
        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("followUp.end"), end), new VBox(4, end, end.errorLabel(),
                FieldErrors.errorLabel(end.getId(), FollowUpValidator.Field.END, model.errors(), end),
                Forms.hint(messages.get("followUp.end.hint"))));
        return Forms.card(messages.get("followUp.title"), years, disclaimer, grid);
    }

    private static Node linesCard(FollowUpViewModel model, Messages messages) {
        ComboBox<PresetChoice> preset = new ComboBox<>(model.choices());
        preset.setId("followup-preset");
        preset.getStyleClass().add("followup-preset");
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(PresetChoice choice) {
                return model.describe(choice);
            }

            @Override
            public PresetChoice fromString(String text) {
                return null; // not editable
            }
        });
        preset.setValue(model.presetProperty().get());
        model.presetProperty().addListener((o, old, now) -> preset.setValue(now));
        preset.setOnAction(e -> {
            model.choose(preset.getValue());
            if (!Objects.equals(preset.getValue(), model.presetProperty().get())) {
                preset.setValue(model.presetProperty().get()); // the user kept their own lines
            }
        });

        VBox details = new VBox(4, bound("followup-source", "form-label", model.presetSource()),
                bound("followup-setting", "item-hint", model.presetSetting()),
                bound("followup-note", "caution", model.presetNote()),
                // its addresses and review dates behind "Why? Sources", closed at first, as on the guidance pages
                new WhyToggle("followup-why", messages.get("followUp.why"), messages.get("followUp.why.accessible"),
                        bound("followup-sources", "item-hint", model.presetSources())));
        details.visibleProperty().bind(model.presetProperty().map(c -> c.preset().isPresent()));
        details.managedProperty().bind(details.visibleProperty());

        Label origin = label("followup-origin", "form-label");
        origin.textProperty().bind(model.originProperty());
        Button addLine = Forms.button("followup-add-line", messages.get("followUp.addLine"), model::addLine);
        Button removeLine = Forms.button("followup-remove-line", messages.get("followUp.removeLine"),
                model::removeLastLine);
        removeLine.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.lines()));
        ErrorLine linesError = FieldErrors.errorLabel("followup-lines", FollowUpValidator.Field.LINES, model.errors(),
                addLine);

        GridPane grid = Forms.grid();
        grid.addRow(0, Forms.label(messages.get("followUp.preset"), preset), preset);
        return Forms.card(messages.get("followUp.lines"), grid, details,
                Forms.hint(messages.get("followUp.rangeRule")), origin, new IntervalsEditor(model, messages),
                new WrappingRow(addLine, removeLine), linesError, scans(model, messages));
    }

    private static Node scans(FollowUpViewModel model, Messages messages) {
        RadioButton ct = Forms.radio("followup-scan-ct", messages.get("followUp.scan.ct"), AppointmentKind.CT);
        RadioButton mri = Forms.radio("followup-scan-mri", messages.get("followUp.scan.mri"), AppointmentKind.MRI);
        RadioButton xray = Forms.radio("followup-scan-xray", messages.get("followUp.scan.xray"), AppointmentKind.XRAY);
        RadioButton pet = Forms.radio("followup-scan-pet", messages.get("followUp.scan.pet"), AppointmentKind.PET);
        RadioButton none = Forms.radio("followup-scan-none", messages.get("followUp.scan.none"), null);
        Forms.bindChoice(model.scanProperty(), ct, mri, xray, pet, none);
        WrappingRow row = new WrappingRow(ct, mri, xray, pet, none); // on two lines at 200 % text in 1024×600
        row.setHgap(14);
        return new VBox(4, Forms.label(messages.get("followUp.scan"), ct), row,
                Forms.hint(messages.get("followUp.scan.hint")));
    }

    private static Label bound(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label label = label(id, style);
        label.textProperty().bind(text);
        return label;
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

}
