package org.leiojournal.ui.treatment;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.ErrorLine;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.FormGrid;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.ScrollIntoView;

/**
 * The plan of a course, as the team gave it: start, cycles, each drug's dose and days, and the body surface
 * area — typed from the team's sheet or worked out from height and weight. Problems show at their field. The fields
 * scroll; the Save bar under them does not, so Save and the line beside it that tells of problems stay in sight.
 */
public final class CourseForm extends VBox {

    private final CourseFormModel form;
    private final Messages messages;
    private final VBox phaseRows = new VBox(8);
    private final VBox drugRows = new VBox(12);
    private final TextField name;
    private final HBox buttons;

    public CourseForm(TreatmentViewModel model, Messages messages) {
        super(12);
        this.form = model.form();
        this.messages = messages;
        setId("course-form");

        name = FormFields.text("course-name", form.nameProperty(), "", 12);
        DateField start = FormFields.date("course-start", form.startProperty(), messages);
        GridPane top = new FormGrid(form.errors())
                .field(messages.get("treatment.form.name"), name, CourseValidator.Field.NAME)
                .field(messages.get("treatment.form.start"), start, CourseValidator.Field.START)
                .pane();

        Button addDrug = Forms.button("course-add-drug", messages.get("treatment.form.addDrug"), () -> {
            form.addDrugRow();
            Forms.focusWhenLaidOut(drugRows, "drug-name-" + (form.drugs().size() - 1));
        });
        addDrug.visibleProperty().bind(Bindings.createBooleanBinding(form::buildsFromScratch, form.templateProperty()));
        addDrug.managedProperty().bind(addDrug.visibleProperty());

        Button save = Forms.primary("course-save", messages.get("treatment.form.save"), () -> save(model, start));
        save.setDefaultButton(true);
        Button cancel = Forms.button("course-cancel", messages.get("treatment.form.cancel"), model::cancelForm);
        cancel.setCancelButton(true);
        buttons = new HBox(8, problemSummary(), cancel, save); // one line: the summary beside Save wraps
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // Ctrl+S saves the form as it saves the check-in (the window's own Ctrl+S is Today's)
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                e.consume();
                save(model, start);
            }
        });

        Label teamPlan = Forms.hint(messages.get("treatment.form.teamPlan"));
        VBox fields = new VBox(12, Forms.card(messages.get("treatment.form.title"), teamPlan, top, phaseRows),
                Forms.card(messages.get("treatment.form.drugs"), drugRows, addDrug),
                new CareCard(form, messages), bodySurfaceCard());
        ScrollPane scroll = Forms.scrolling(fields);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, buttons);
        form.phases().addListener((ListChangeListener<PhaseRow>) c -> buildPhases());
        form.drugs().addListener((ListChangeListener<DrugRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    buildDrugs();
                    return;
                }
            }
        });
        buildPhases();
        buildDrugs();
    }

    public void focusFirst() {
        name.requestFocus();
    }

    /**
     * Saves, or says beside Save how many fields need a look and takes the user to the first: at 200 % text the form
     * is taller than the window, and the problem may be out of sight.
     */
    private void save(TreatmentViewModel model, DateField start) {
        if (FormFields.commit(start)) {
            model.saveForm();
        } else {
            form.startUnreadable();
        }
        if (getScene() != null && !form.problemSummaryProperty().get().isEmpty()) {
            AfterFrame.afterLayout(getScene(), () -> FieldErrors.firstProblem(this).ifPresent(field -> {
                field.requestFocus();
                ScrollIntoView.show(field);
                // when the page around the form scrolls too (list above it), it scrolls on to the Save bar: the form
                // (about a screen high, leio.css) then shows whole, the field and the line that says why at once
                ScrollIntoView.show(buttons);
            }));
        }
    }

    /** The line beside Save: "2 fields need a look, first Dose of Doxorubicin. Nothing was saved yet." */
    private Label problemSummary() {
        Label summary = new Label();
        summary.setId("course-save-problems");
        summary.getStyleClass().add("form-problems");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(form.problemSummaryProperty());
        Forms.shownWhile(summary, summary.textProperty().isNotEmpty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        return summary;
    }

    private void buildPhases() {
        phaseRows.getChildren().clear();
        for (int p = 0; p < form.phases().size(); p++) {
            PhaseRow row = form.phases().get(p);
            if (row.continuous()) {
                phaseRows.getChildren().add(Forms.hint(messages.get("treatment.form.continuous")));
                continue;
            }
            TextField length = small("course-cycle-length-" + p, row.lengthProperty());
            TextField count = small("course-cycles-" + p, row.countProperty());
            FieldId lengthField = CourseValidator.cycleLengthField(p);
            FieldId countField = CourseValidator.cycleCountField(p);
            length.textProperty().addListener(o -> form.errors().remove(lengthField));
            count.textProperty().addListener(o -> form.errors().remove(countField));
            Label heading = new Label(row.name().isEmpty() || form.phases().size() == 1 ? ""
                    : messages.get("treatment.form.phase", p + 1, row.name()));
            heading.getStyleClass().add("form-label");
            heading.setManaged(!heading.getText().isEmpty());
            // each field under its name, the two side by side while they fit and one under the other when not
            VBox lengthColumn = Forms.labelledAbove(messages.get("treatment.form.cycleLength"), length, new VBox(4,
                    withUnit(length, messages.get("treatment.form.days")),
                    FieldErrors.errorLabel(length.getId(), lengthField, form.errors(), length)));
            VBox countColumn = Forms.labelledAbove(messages.get("treatment.form.cycles"), count,
                    FormFields.withError(count, countField, form.errors()));
            if (p == form.phases().size() - 1) {
                count.setPromptText("—");
                Label open = Forms.hint(messages.get("treatment.form.untilStopped"));
                open.setId("course-cycles-open-" + p);
                countColumn.getChildren().add(open);
            }
            phaseRows.getChildren().addAll(heading, Forms.wrapping(lengthColumn, countColumn));
        }
    }

    /**
     * One block per drug, each field under its name: drug, dose, unit, route and days side by side while they fit,
     * wrapping onto a second line as whole fields when not (at 200 % text the dose was squeezed to a sliver); a dose's
     * or the days' problem reads under the whole row.
     */
    private void buildDrugs() {
        drugRows.getChildren().clear();
        for (int i = 0; i < form.drugs().size(); i++) {
            if (i > 0) {
                drugRows.getChildren().add(new Separator());
            }
            drugRows.getChildren().add(drugLine(i, form.drugs().get(i)));
        }
    }

    private VBox drugLine(int i, DrugRow row) {
        TextField drug = FormFields.text("drug-name-" + i, row.nameProperty(), "", 12);
        drug.setAccessibleText(messages.get("treatment.form.drug"));
        TextField amount = small("drug-dose-" + i, row.amountProperty());
        amount.setAccessibleText(messages.get("treatment.form.dose"));
        if (row.routeProperty().get() == Route.ORAL) {
            amount.setPromptText(messages.get("treatment.form.doseFromLabel")); // tablets: never pre-filled
        }
        ChoiceBox<DoseUnit> unit = new ChoiceBox<>();
        unit.setId("drug-unit-" + i);
        unit.getItems().setAll(DoseUnit.values());
        unit.setConverter(TreatmentFormats.units());
        unit.valueProperty().bindBidirectional(row.unitProperty());
        ChoiceBox<Route> route = new ChoiceBox<>();
        route.setId("drug-route-" + i);
        route.getItems().setAll(Route.values());
        route.setConverter(TreatmentFormats.routes(messages));
        route.valueProperty().bindBidirectional(row.routeProperty());
        TextField days = FormFields.text("drug-days-" + i, row.daysProperty(), "1, 8", 8);
        days.setAccessibleText(messages.get("treatment.form.drugDays"));
        boolean continuous = form.phases().size() == 1 && form.phases().get(0).continuous();
        days.setDisable(continuous);
        FieldId nameField = CourseValidator.drugNameField(i);
        FieldId doseField = CourseValidator.drugDoseField(i);
        FieldId daysField = CourseValidator.drugDaysField(i);
        drug.textProperty().addListener(o -> form.errors().remove(nameField));
        amount.textProperty().addListener(o -> form.errors().remove(doseField));
        days.textProperty().addListener(o -> form.errors().remove(daysField));
        Button remove = Forms.button("drug-remove-" + i, "✕", () -> {
            form.removeDrugRow(row);
            // the × is gone with its row: the cursor goes on to the next drug, or to "Add a drug" after the last
            Forms.focusWhenLaidOut(this, i < form.drugs().size() ? "drug-name-" + i : "course-add-drug");
        });
        remove.setAccessibleText(messages.get("treatment.form.removeDrug"));
        remove.setTooltip(new Tooltip(messages.get("treatment.form.removeDrug")));
        remove.setVisible(form.buildsFromScratch() && form.drugs().size() > 1);
        FlowPane line = Forms.wrapping(
                Forms.labelledAbove(messages.get("treatment.form.drug"), drug,
                        FormFields.withErrorAsWide(drug, nameField, form.errors())),
                Forms.labelledAbove(messages.get("treatment.form.dose"), amount, amount),
                Forms.labelledAbove(messages.get("treatment.form.unit"), unit, unit),
                Forms.labelledAbove(messages.get("treatment.form.route"), route, route),
                Forms.labelledAbove(messages.get("treatment.form.drugDays"), days, days),
                Forms.besideLabelledFields(remove));
        return new VBox(4, line, problemUnderRow(amount, doseField), problemUnderRow(days, daysField));
    }

    /**
     * A dose's or the days' problem under the whole drug row: their sentences ("That is more than 5000 mg/m²…",
     * "Enter the days as numbers from 1 to 21…") ran to six or seven short lines wrapped to the narrow field's width.
     * Still the field's: its accessible help, and the first problem.
     */
    private ErrorLine problemUnderRow(TextField field, FieldId fieldId) {
        ErrorLine problem = FieldErrors.errorLabel(field.getId(), fieldId, form.errors(), field);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE); // every line of it shows, never "…"
        return problem;
    }

    private VBox bodySurfaceCard() {
        RadioButton entered = Forms.radio("bsa-entered", messages.get("treatment.bsa.entered"), false);
        RadioButton computed = Forms.radio("bsa-computed", messages.get("treatment.bsa.computed"), true);
        Forms.bindChoice(form.fromHeightAndWeightProperty(), entered, computed);

        TextField bsa = small("course-bsa", form.bsaProperty());
        TextField height = small("course-height", form.heightProperty());
        TextField weight = small("course-weight", form.weightProperty());
        bsa.disableProperty().bind(computed.selectedProperty());
        height.disableProperty().bind(entered.selectedProperty());
        weight.disableProperty().bind(entered.selectedProperty());
        Label working = new Label();
        working.setId("bsa-working");
        working.getStyleClass().add("working");
        working.textProperty().bind(form.workingProperty());
        GridPane grid = Forms.grid();
        grid.addRow(0, entered, withUnit(bsa, "m²"),
                FieldErrors.errorLabel("course-bsa", CourseValidator.Field.BSA, form.errors(), bsa));
        grid.add(computed, 0, 1, 3, 1);
        grid.addRow(2, Forms.label(messages.get("treatment.bsa.height"), height), withUnit(height, "cm"),
                FieldErrors.errorLabel("course-height", CourseValidator.Field.HEIGHT, form.errors(), height));
        Label weightUnit = new Label();
        weightUnit.setId("course-weight-unit");
        weightUnit.textProperty().bind(form.weightUnitProperty().map(WeightUnit::symbol));
        HBox weightBox = fieldAndUnit(weight, weightUnit);
        grid.addRow(3, Forms.label(messages.get("treatment.bsa.weight"), weight), weightBox,
                FieldErrors.errorLabel("course-weight", CourseValidator.Field.WEIGHT, form.errors(), weight));
        Label differs = new Label();
        differs.setId("bsa-weight-differs");
        differs.getStyleClass().add("check-sheet");
        differs.setWrapText(true);
        differs.textProperty().bind(form.weightWarningProperty());
        differs.visibleProperty().bind(differs.textProperty().isNotEmpty());
        differs.managedProperty().bind(differs.visibleProperty());
        Label capped = Forms.hint(messages.get("treatment.bsa.capped"));
        capped.setId("bsa-capped");

        VBox doses = new VBox(4);
        doses.setId("planned-doses");
        Runnable fill = () -> doses.getChildren().setAll(form.plannedDoses().stream().map(Label::new).toList());
        form.plannedDoses().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        Label check = new Label(messages.get("treatment.dose.checkSheet"));
        check.getStyleClass().add("check-sheet");
        check.setWrapText(true);
        return Forms.card(messages.get("treatment.bsa.title"), grid, working, differs, capped, check, doses);
    }

    private static HBox withUnit(TextField field, String unit) {
        return fieldAndUnit(field, new Label(unit));
    }

    /** Never narrower than the field and its unit: a problem beside them wraps instead (it shrank them to "…"). */
    private static HBox fieldAndUnit(TextField field, Label unit) {
        HBox box = new HBox(6, field, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A field for a number: a few characters wide, and no wider when a hint or problem under it is wider. */
    private static TextField small(String id, javafx.beans.property.StringProperty value) {
        TextField field = FormFields.text(id, value, "", 5);
        field.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return field;
    }

}
