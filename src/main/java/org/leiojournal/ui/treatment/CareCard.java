package org.leiojournal.ui.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.SupportKind;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.FullText;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;

/**
 * The course form's supportive medicines, checks and low-count days: each line editable and removable, each
 * supportive medicine tied to the drug it goes with, and marked as the template's until the user ticks that it
 * matches their prescription. Lines wrap, so the card fits a small screen.
 */
final class CareCard extends VBox {

    private final CourseFormModel form;
    private final CareFormModel care;
    private final Messages messages;
    private final VBox body = new VBox(10);

    CareCard(CourseFormModel form, Messages messages) {
        super(10);
        this.form = form;
        this.care = form.care();
        this.messages = messages;
        setId("course-care");
        getStyleClass().add(Style.CARD);
        Label title = Forms.cardTitle(messages.get("treatment.care.title"));
        getChildren().addAll(title, Forms.hint(messages.get("treatment.care.hint")), body);
        ListChangeListener<Object> rebuild = c -> build();
        care.support().addListener(rebuild);
        care.checks().addListener(rebuild);
        care.lowCounts().addListener(rebuild);
        form.phases().addListener(rebuild);
        form.drugs().addListener(rebuild);
        build();
    }

    private void build() {
        body.getChildren().clear();
        int phases = form.phases().size();
        for (int p = 0; p < phases; p++) {
            if (phases > 1) {
                Label heading = new Label(messages.get("treatment.care.phase", p + 1, form.phases().get(p).name()));
                heading.getStyleClass().add("form-label");
                body.getChildren().add(heading);
            }
            body.getChildren().addAll(section("treatment.care.support", supportLines(p)),
                    section("treatment.care.checks", checkLines(p)),
                    section("treatment.care.lowCounts", lowCountLines(p)), addButtons(p));
        }
    }

    private VBox section(String key, List<Node> lines) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("form-label");
        VBox box = new VBox(12, heading);
        box.getChildren().addAll(lines.isEmpty() ? List.of(Forms.hint(messages.get("treatment.care.none"))) : lines);
        return box;
    }

    private List<Node> supportLines(int phase) {
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < care.support().size(); i++) {
            SupportRow row = care.support().get(i);
            if (row.phase() == phase) {
                lines.add(supportLine(i, row));
            }
        }
        return lines;
    }

    private Node supportLine(int i, SupportRow row) {
        ObservableMap<FieldId, String> errors = form.errors();
        TextField name = field("support-name-" + i, row.nameProperty(), 12, CourseValidator.supportNameField(i));
        name.setAccessibleText(messages.get("treatment.care.support"));
        ChoiceBox<SupportKind> kind = new ChoiceBox<>();
        kind.setId("support-kind-" + i);
        kind.getItems().setAll(SupportKind.values());
        kind.setConverter(Converters.shown(k -> TreatmentFormats.supportKind(k, messages)));
        kind.valueProperty().bindBidirectional(row.kindProperty());
        ChoiceBox<String> drug = drugChoice("support-drug-" + i, row.phase(), row.drugProperty(),
                CourseValidator.supportDrugField(i));
        ChoiceBox<Boolean> from = new ChoiceBox<>();
        from.setId("support-from-" + i);
        from.getItems().setAll(false, true);
        from.setConverter(Converters.shown(
                last -> messages.get(last ? "treatment.care.lastDose" : "treatment.care.eachDose")));
        from.valueProperty().bindBidirectional(row.fromLastDoseProperty());
        TextField days = field("support-days-" + i, row.offsetsProperty(), 8, CourseValidator.supportDaysField(i));
        days.setPromptText(messages.get("treatment.care.daysPrompt"));
        days.setAccessibleText(messages.get("treatment.care.days"));
        Button remove = removeButton("support", "support-name-", care.support(), i, SupportRow::phase);
        FlowPane first = flow(name, kind, new Label(messages.get("treatment.care.with")), drug, new Label(
                messages.get("treatment.care.days")), days, from, remove);

        CheckBox confirmed = new CheckBox(messages.get("treatment.care.confirm"));
        confirmed.setId("support-confirmed-" + i);
        confirmed.selectedProperty().bindBidirectional(row.confirmedProperty());
        TextField strength = field("support-strength-" + i, row.strengthProperty(), 10,
                CourseValidator.supportStrengthField(i));
        strength.setPromptText(messages.get("treatment.care.strengthPrompt"));
        strength.setAccessibleText(messages.get("treatment.care.strength"));
        strength.disableProperty().bind(confirmed.selectedProperty().not());
        Label template = new Label(messages.get("treatment.support.template"));
        template.setId("support-template-" + i);
        template.getStyleClass().add("caution");
        Forms.shownWhile(template, confirmed.selectedProperty().not());
        FlowPane second = flow(confirmed, Forms.label(messages.get("treatment.care.strength"), strength), strength,
                template);
        VBox line = new VBox(4, first, second,
                FieldErrors.errorLabel(name.getId(), CourseValidator.supportNameField(i), errors, name),
                FieldErrors.errorLabel(drug.getId(), CourseValidator.supportDrugField(i), errors, drug),
                FieldErrors.errorLabel(days.getId(), CourseValidator.supportDaysField(i), errors, days),
                FieldErrors.errorLabel(strength.getId(), CourseValidator.supportStrengthField(i), errors, strength));
        if (!row.detail().isEmpty()) {
            line.getChildren().add(Forms.hint(row.detail()));
        }
        line.getStyleClass().add("care-line");
        return line;
    }

    private List<Node> checkLines(int phase) {
        List<Node> lines = new ArrayList<>();
        boolean continuous = form.phases().get(phase).continuous();
        for (int i = 0; i < care.checks().size(); i++) {
            CheckRow row = care.checks().get(i);
            if (row.phase() == phase) {
                lines.add(continuous ? continuousCheckLine(i, row) : checkLine(i, row));
            }
        }
        return lines;
    }

    /** A check goes with a drug, on days around each dose of it or only its first of the cycle. */
    private Node checkLine(int i, CheckRow row) {
        TextField what = checkWhat(i, row);
        ChoiceBox<String> drug = drugChoice("check-drug-" + i, row.phase(), row.drugProperty(),
                CourseValidator.checkDrugField(i));
        TextField days = field("check-days-" + i, row.daysProperty(), 6, CourseValidator.checkDaysField(i));
        days.setPromptText("0");
        days.setAccessibleText(messages.get("treatment.care.days"));
        ChoiceBox<Boolean> from = new ChoiceBox<>();
        from.setId("check-from-" + i);
        from.getItems().setAll(false, true);
        from.setConverter(Converters.shown(first -> messages.get(first ? "treatment.care.firstDose"
                : "treatment.care.eachDose")));
        from.valueProperty().bindBidirectional(row.fromFirstDoseProperty());
        Button remove = removeButton("check", "check-what-", care.checks(), i, CheckRow::phase);
        return new VBox(4, flow(what, new Label(messages.get("treatment.care.with")), drug,
                new Label(messages.get("treatment.care.days")), days, from, remove),
                FullText.under(what, what.getId() + "-full"),
                FieldErrors.errorLabel(what.getId(), CourseValidator.checkWhatField(i), form.errors(), what),
                FieldErrors.errorLabel(drug.getId(), CourseValidator.checkDrugField(i), form.errors(), drug),
                FieldErrors.errorLabel(days.getId(), CourseValidator.checkDaysField(i), form.errors(), days));
    }

    private Node continuousCheckLine(int i, CheckRow row) {
        TextField what = checkWhat(i, row);
        Button remove = removeButton("check", "check-what-", care.checks(), i, CheckRow::phase);
        return new VBox(4, flow(what, Forms.hint(messages.get("treatment.care.continuousCheck")), remove),
                FullText.under(what, what.getId() + "-full"),
                FieldErrors.errorLabel(what.getId(), CourseValidator.checkWhatField(i), form.errors(), what));
    }

    private TextField checkWhat(int i, CheckRow row) {
        TextField what = field("check-what-" + i, row.whatProperty(), 22, CourseValidator.checkWhatField(i));
        what.setAccessibleText(messages.get("treatment.care.checks"));
        return what;
    }

    /** A low-count window follows a drug, on days after its first day of the cycle. */
    private List<Node> lowCountLines(int phase) {
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < care.lowCounts().size(); i++) {
            LowCountRow row = care.lowCounts().get(i);
            if (row.phase() != phase) {
                continue;
            }
            ChoiceBox<String> drug = drugChoice("low-drug-" + i, row.phase(), row.drugProperty(),
                    CourseValidator.lowDrugField(i));
            drug.setAccessibleText(messages.get("treatment.care.lowCounts"));
            TextField days = field("low-days-" + i, row.daysProperty(), 8, CourseValidator.lowDaysField(i));
            days.setPromptText(messages.get("treatment.care.lowDaysPrompt"));
            days.setAccessibleText(messages.get("treatment.care.days"));
            Button remove = removeButton("low", "low-drug-", care.lowCounts(), i, LowCountRow::phase);
            lines.add(new VBox(4, flow(new Label(messages.get("treatment.care.after")), drug,
                    new Label(messages.get("treatment.care.days")), days, remove),
                    FieldErrors.errorLabel(drug.getId(), CourseValidator.lowDrugField(i), form.errors(), drug),
                    FieldErrors.errorLabel(days.getId(), CourseValidator.lowDaysField(i), form.errors(), days)));
        }
        return lines;
    }

    /**
     * The × of line {@code i} of {@code lines}: the lines after it move up (their problems with them, as the form
     * model keeps them), and the cursor goes on to the next line of that kind in the phase, or to its Add button
     * after the last (the × is gone with its line; the focus fell to the sidebar).
     */
    private <T> Button removeButton(String what, String firstField, List<T> lines, int i, ToIntFunction<T> phaseOf) {
        T row = lines.get(i);
        int phase = phaseOf.applyAsInt(row);
        Button remove = Forms.button(what + "-remove-" + i, "✕", () -> {
            lines.remove(row);
            boolean nextInPhase = i < lines.size() && phaseOf.applyAsInt(lines.get(i)) == phase;
            Forms.focusWhenLaidOut(body, nextInPhase ? firstField + i : "care-add-" + what + "-" + phase);
        });
        remove.setAccessibleText(messages.get("treatment.care.remove"));
        return remove;
    }

    /** The drugs of the phase to tie a line to; a name no longer in the plan stays shown, so the error can say so. */
    private ChoiceBox<String> drugChoice(String id, int phase, StringProperty value, FieldId errorField) {
        ChoiceBox<String> drug = new ChoiceBox<>();
        drug.setId(id);
        drug.getItems().setAll(drugNames(phase));
        if (!value.get().isBlank() && !drug.getItems().contains(value.get())) {
            drug.getItems().add(value.get());
        }
        drug.valueProperty().bindBidirectional(value);
        drug.valueProperty().addListener(o -> form.errors().remove(errorField));
        return drug;
    }

    private Node addButtons(int phase) {
        if (form.phases().get(phase).continuous()) {
            return flow(add("check", phase, p -> care.addCheck(p, ""), "treatment.care.addCheck", care.checks(),
                    "check-what-"));
        }
        List<String> names = drugNames(phase);
        String first = names.isEmpty() ? "" : names.get(0);
        String last = names.isEmpty() ? "" : names.get(names.size() - 1);
        return flow(add("support", phase, p -> care.addSupport(p, last), "treatment.care.addSupport",
                        care.support(), "support-name-"),
                add("check", phase, p -> care.addCheck(p, first), "treatment.care.addCheck", care.checks(),
                        "check-what-"),
                add("low", phase, p -> care.addLowCounts(p, last), "treatment.care.addLowCounts", care.lowCounts(),
                        "low-drug-"));
    }

    /** Adds a line to {@code lines} (at its end) and puts the cursor in its first field, {@code firstField} + index. */
    private Button add(String what, int phase, IntConsumer action, String key, List<?> lines, String firstField) {
        return Forms.button("care-add-" + what + "-" + phase, messages.get(key), () -> {
            action.accept(phase);
            Forms.focusWhenLaidOut(body, firstField + (lines.size() - 1));
        });
    }

    private List<String> drugNames(int phase) {
        return form.drugs().stream().filter(d -> d.phase() == phase).map(d -> d.nameProperty().get().strip())
                .filter(n -> !n.isEmpty()).distinct().toList();
    }

    private TextField field(String id, StringProperty value, int columns, FieldId errorField) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        field.textProperty().addListener(o -> form.errors().remove(errorField));
        return field;
    }

    private static FlowPane flow(Node... nodes) {
        FlowPane flow = new FlowPane(8, 6, nodes);
        flow.setAlignment(Pos.CENTER_LEFT);
        return flow;
    }
}
