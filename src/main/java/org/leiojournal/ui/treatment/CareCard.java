package org.leiojournal.ui.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
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
import javafx.util.StringConverter;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.SupportKind;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

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
        getStyleClass().add("card");
        Label title = new Label(messages.get("treatment.care.title"));
        title.getStyleClass().add("card-title");
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
        ObservableMap<String, String> errors = form.errors();
        TextField name = field("support-name-" + i, row.nameProperty(), 12, CourseValidator.supportNameField(i));
        name.setAccessibleText(messages.get("treatment.care.support"));
        ChoiceBox<SupportKind> kind = new ChoiceBox<>();
        kind.setId("support-kind-" + i);
        kind.getItems().setAll(SupportKind.values());
        kind.setConverter(converter(k -> TreatmentFormats.supportKind(k, messages)));
        kind.valueProperty().bindBidirectional(row.kindProperty());
        ChoiceBox<String> drug = new ChoiceBox<>();
        drug.setId("support-drug-" + i);
        drug.getItems().setAll(drugNames(row.phase()));
        if (!row.drugProperty().get().isBlank() && !drug.getItems().contains(row.drugProperty().get())) {
            drug.getItems().add(row.drugProperty().get());
        }
        drug.valueProperty().bindBidirectional(row.drugProperty());
        drug.valueProperty().addListener(o -> errors.remove(CourseValidator.supportDrugField(i)));
        ChoiceBox<Boolean> from = new ChoiceBox<>();
        from.setId("support-from-" + i);
        from.getItems().setAll(false, true);
        from.setConverter(converter(last -> messages.get(last ? "treatment.care.lastDose" : "treatment.care.eachDose")));
        from.valueProperty().bindBidirectional(row.fromLastDoseProperty());
        TextField days = field("support-days-" + i, row.offsetsProperty(), 8, CourseValidator.supportDaysField(i));
        days.setPromptText(messages.get("treatment.care.daysPrompt"));
        days.setAccessibleText(messages.get("treatment.care.days"));
        Button remove = Forms.button("support-remove-" + i, "✕", () -> care.support().remove(row));
        remove.setAccessibleText(messages.get("treatment.care.remove"));
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
        template.visibleProperty().bind(confirmed.selectedProperty().not());
        template.managedProperty().bind(template.visibleProperty());
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
            if (row.phase() != phase) {
                continue;
            }
            int index = i;
            TextField what = field("check-what-" + i, row.whatProperty(), 22, CourseValidator.checkWhatField(i));
            what.setAccessibleText(messages.get("treatment.care.checks"));
            Node when;
            TextField days = field("check-days-" + i, row.daysProperty(), 6, CourseValidator.checkDaysField(i));
            days.setPromptText("1, 8");
            days.setAccessibleText(messages.get("treatment.form.drugDays"));
            when = continuous ? Forms.hint(messages.get("treatment.care.continuousCheck")) : days;
            Button remove = Forms.button("check-remove-" + i, "✕", () -> care.checks().remove(row));
            remove.setAccessibleText(messages.get("treatment.care.remove"));
            lines.add(new VBox(4, flow(what, continuous ? new Label() : new Label(messages.get("treatment.care.days")),
                    when, remove),
                    FieldErrors.errorLabel(what.getId(), CourseValidator.checkWhatField(index), form.errors(), what),
                    FieldErrors.errorLabel(days.getId(), CourseValidator.checkDaysField(index), form.errors(), days)));
        }
        return lines;
    }

    private List<Node> lowCountLines(int phase) {
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < care.lowCounts().size(); i++) {
            LowCountRow row = care.lowCounts().get(i);
            if (row.phase() != phase) {
                continue;
            }
            TextField label = field("low-label-" + i, row.labelProperty(), 16, CourseValidator.lowLabelField(i));
            label.setAccessibleText(messages.get("treatment.care.lowCounts"));
            String daysField = CourseValidator.lowDaysField(i);
            TextField from = field("low-from-" + i, row.fromProperty(), 3, daysField);
            TextField to = field("low-to-" + i, row.toProperty(), 3, daysField);
            Button remove = Forms.button("low-remove-" + i, "✕", () -> care.lowCounts().remove(row));
            remove.setAccessibleText(messages.get("treatment.care.remove"));
            lines.add(new VBox(4, flow(label, new Label(messages.get("treatment.care.days")), from,
                    new Label(messages.get("treatment.care.to")), to, remove),
                    FieldErrors.errorLabel(label.getId(), CourseValidator.lowLabelField(i), form.errors(), label),
                    FieldErrors.errorLabel(from.getId(), daysField, form.errors(), from)));
        }
        return lines;
    }

    private Node addButtons(int phase) {
        if (form.phases().get(phase).continuous()) {
            return flow(add("check", phase, care::addCheck, "treatment.care.addCheck"));
        }
        List<String> names = drugNames(phase);
        return flow(add("support", phase, p -> care.addSupport(p, names.isEmpty() ? "" : names.get(names.size() - 1)),
                        "treatment.care.addSupport"),
                add("check", phase, care::addCheck, "treatment.care.addCheck"),
                add("low", phase, care::addLowCounts, "treatment.care.addLowCounts"));
    }

    private Button add(String what, int phase, IntConsumer action, String key) {
        return Forms.button("care-add-" + what + "-" + phase, messages.get(key), () -> action.accept(phase));
    }

    private List<String> drugNames(int phase) {
        return form.drugs().stream().filter(d -> d.phase() == phase).map(d -> d.nameProperty().get().strip())
                .filter(n -> !n.isEmpty()).distinct().toList();
    }

    private TextField field(String id, StringProperty value, int columns, String errorField) {
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

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
