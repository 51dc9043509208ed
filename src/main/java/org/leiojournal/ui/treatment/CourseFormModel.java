package org.leiojournal.ui.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import java.util.function.Supplier;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Dose;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugDraft;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.domain.treatment.WeightChange;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.ui.common.Messages;

/**
 * The course form: a template (or nothing, to build from scratch), the start, cycles, drug rows and the body
 * surface area, with the Mosteller working and each drug's dose for that area shown as the user types.
 */
public final class CourseFormModel {

    private final Messages messages;
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final LongProperty courseId = new SimpleLongProperty();
    private final ObjectProperty<Regimen> template = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObservableList<PhaseRow> phases = FXCollections.observableArrayList();
    private final ObservableList<DrugRow> drugs = FXCollections.observableArrayList(
            row -> new Observable[] {row.nameProperty(), row.amountProperty(), row.unitProperty()});
    private final BooleanProperty fromHeightAndWeight = new SimpleBooleanProperty();
    private final StringProperty bsa = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty working = new SimpleStringProperty("");
    private final ObservableList<String> plannedDoses = FXCollections.observableArrayList();
    private final CareFormModel care = new CareFormModel();
    private final ObjectProperty<WeightUnit> weightUnit = new SimpleObjectProperty<>(WeightUnit.KILOGRAM);
    private final StringProperty weightWarning = new SimpleStringProperty("");
    private final StringProperty problemSummary = new SimpleStringProperty("");
    /** The fields of the last save's problems, top to bottom as the form shows them: the first is named. */
    private final List<FieldId> problemOrder = new ArrayList<>();
    private Supplier<Optional<Weight>> lastWeight = Optional::empty;
    private Optional<Weight> lastWeightNow = Optional.empty();

    public CourseFormModel(Messages messages) {
        this.messages = messages;
        List.<Observable>of(fromHeightAndWeight, bsa, height, weight, weightUnit, drugs).forEach(o -> o.addListener(x -> recompute()));
        bsa.addListener(o -> errors.remove(CourseValidator.Field.BSA));
        height.addListener(o -> errors.remove(CourseValidator.Field.HEIGHT));
        weight.addListener(o -> errors.remove(CourseValidator.Field.WEIGHT));
        name.addListener(o -> errors.remove(CourseValidator.Field.NAME));
        start.addListener(o -> errors.remove(CourseValidator.Field.START));
        errors.addListener((MapChangeListener<FieldId, String>) c -> summarise());
        followRemovals(drugs, RowFields.DRUG);
        followRemovals(care.support(), RowFields.SUPPORT);
        followRemovals(care.checks(), RowFields.CHECK);
        followRemovals(care.lowCounts(), RowFields.LOW_COUNTS);
    }

    public ObservableMap<FieldId, String> errors() { return errors; }
    public ObjectProperty<Regimen> templateProperty() { return template; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObservableList<PhaseRow> phases() { return phases; }
    public ObservableList<DrugRow> drugs() { return drugs; }
    public BooleanProperty fromHeightAndWeightProperty() { return fromHeightAndWeight; }
    public StringProperty bsaProperty() { return bsa; }
    public StringProperty heightProperty() { return height; }
    public StringProperty weightProperty() { return weight; }
    public StringProperty noteProperty() { return note; }
    /** "√(170 cm × 70 kg ÷ 3600) = 1.82 m²", or a hint while height or weight is missing. */
    public StringProperty workingProperty() { return working; }
    /** "Gemcitabine: 900 mg/m² × 1.82 m² = 1638 mg" for each drug, from the plan as typed. */
    public ObservableList<String> plannedDoses() { return plannedDoses; }
    public CareFormModel care() { return care; }
    /** The unit the weight is typed in: the profile's. */
    public ObjectProperty<WeightUnit> weightUnitProperty() { return weightUnit; }
    /** Set when the typed weight is more than 10 % away from the journal's last recorded weight. */
    public StringProperty weightWarningProperty() { return weightWarning; }
    /** Beside Save after a save with problems: "2 fields need a look: Dose of Doxorubicin…"; empty once fixed. */
    public ReadOnlyStringProperty problemSummaryProperty() { return problemSummary; }

    /** Where the journal's last recorded weight comes from; read each time the form opens. */
    public void lastWeightFrom(Supplier<Optional<Weight>> source) {
        this.lastWeight = source;
    }
    public boolean editingExisting() { return courseId.get() != 0; }
    public boolean buildsFromScratch() { return template.get() == null; }

    public void load(CourseDraft draft) {
        errors.clear();
        courseId.set(draft.id());
        template.set(draft.template().orElse(null));
        name.set(draft.name());
        start.set(draft.start());
        List<PhaseRow> rows = new ArrayList<>();
        boolean continuous = draft.template().map(Regimen::continuous).orElse(false);
        for (int p = 0; p < draft.cycleLengthTexts().size(); p++) {
            int index = p;
            String phaseName = draft.template().map(t -> t.phases().get(index).name()).orElse("");
            rows.add(new PhaseRow(phaseName, continuous, draft.cycleLengthTexts().get(p),
                    draft.cycleCountTexts().get(p)));
        }
        phases.setAll(rows);
        drugs.setAll(draft.drugs().stream().map(DrugRow::new).toList());
        fromHeightAndWeight.set(draft.bsaFromHeightAndWeight());
        bsa.set(draft.bsaText());
        height.set(draft.heightCmText());
        weight.set(draft.weightText());
        note.set(draft.note());
        care.load(draft.care());
        weightUnit.set(draft.weightUnit());
        lastWeightNow = lastWeight.get();
        recompute();
    }

    public void addDrugRow() {
        drugs.add(new DrugRow(new DrugDraft(0, "", "", DoseUnit.MG_PER_M2, Route.INTRAVENOUS, "1")));
    }

    /** Any drug but the last one left; the rows after it move up, their problems with them ({@link #followRemovals}). */
    public void removeDrugRow(DrugRow row) {
        if (drugs.size() > 1) {
            drugs.remove(row);
        }
    }

    /**
     * When a row of {@code rows} is removed (its ×), the rows after it move up one and their problems with them, so
     * each stays under its own row and the removed row's go.
     */
    private void followRemovals(ObservableList<?> rows, RowFields fields) {
        rows.addListener((ListChangeListener<Object>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && !c.wasAdded()) {
                    for (int k = 0; k < c.getRemovedSize(); k++) {
                        moveProblemsUp(fields, c.getFrom());
                    }
                }
            }
        });
    }

    private void moveProblemsUp(RowFields fields, int removed) {
        Map<FieldId, String> moved = new HashMap<>();
        errors.forEach((field, problem) -> fields.movedUp(field, removed).ifPresent(f -> moved.put(f, problem)));
        List<FieldId> order = problemOrder.stream().flatMap(f -> fields.movedUp(f, removed).stream()).toList();
        problemOrder.clear();
        problemOrder.addAll(order);
        if (!moved.equals(errors)) {
            errors.clear();
            errors.putAll(moved);
        }
    }

    public CourseDraft toDraft() {
        return new CourseDraft(courseId.get(), Optional.ofNullable(template.get()), name.get(),
                phases.stream().map(p -> p.lengthProperty().get()).toList(),
                phases.stream().map(p -> p.countProperty().get()).toList(),
                drugs.stream().map(DrugRow::toDraft).toList(), start.get(), fromHeightAndWeight.get(), bsa.get(),
                height.get(), weight.get(), note.get(), care.toDrafts(), weightUnit.get());
    }

    /** The course, or empty with every problem shown at its field. */
    public Optional<Course> validate(List<Course> others) {
        Validated<Course> result = new CourseValidator().validate(toDraft(), others);
        problemOrder.clear();
        result.problems().stream().map(Problem::field).distinct().forEach(problemOrder::add);
        messages.showProblems(errors, result.problems());
        return result.value();
    }

    /** A start typed that is not a date: the form is not checked further, and the line beside Save says so. */
    public void startUnreadable() {
        errors.clear();
        problemOrder.clear();
        problemOrder.add(CourseValidator.Field.START);
        problemSummary.set(messages.get("treatment.form.problems", 1, fieldName(CourseValidator.Field.START)));
    }

    private void summarise() {
        if (errors.isEmpty()) {
            problemSummary.set("");
            return;
        }
        FieldId first = problemOrder.stream().filter(errors::containsKey).findFirst()
                .orElseGet(() -> errors.keySet().iterator().next());
        problemSummary.set(messages.get("treatment.form.problems", errors.size(), fieldName(first)));
    }

    private String fieldName(FieldId field) {
        return new CourseFieldNames(messages, drugs).of(field);
    }

    private Optional<BigDecimal> currentBsa() {
        if (!fromHeightAndWeight.get()) {
            return DecimalInput.parse(bsa.get())
                    .filter(v -> v.compareTo(BodySurfaceArea.MIN) >= 0 && v.compareTo(BodySurfaceArea.MAX) <= 0);
        }
        Optional<BigDecimal> h = DecimalInput.parse(height.get());
        Optional<BigDecimal> w = weightKg();
        if (h.isEmpty() || w.isEmpty() || h.get().signum() == 0 || w.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(BodySurfaceArea.mostellerValue(h.get(), w.get()));
    }

    private Optional<BigDecimal> weightKg() {
        return DecimalInput.parse(weight.get()).map(w -> CourseValidator.kilograms(w, weightUnit.get()));
    }

    private String weightWarning() {
        Optional<BigDecimal> kg = weightKg().filter(w -> w.signum() > 0);
        if (!fromHeightAndWeight.get() || kg.isEmpty() || lastWeightNow.isEmpty()
                || !WeightChange.moreThanTenPercent(kg.get(), lastWeightNow.get())) {
            return "";
        }
        return messages.get("treatment.bsa.weightDiffers", lastWeightNow.get().display());
    }

    private void recompute() {
        Optional<BigDecimal> area = currentBsa();
        if (fromHeightAndWeight.get()) {
            String kg = weightKg().map(BigDecimal::toPlainString).orElse("");
            String pounds = weightUnit.get() == WeightUnit.KILOGRAM ? "" : messages.get("treatment.bsa.inKg",
                    weight.get().strip(), weightUnit.get().symbol(), kg) + " ";
            working.set(area.map(a -> pounds + messages.get("treatment.bsa.working", height.get().strip(), kg,
                    a.toPlainString())).orElse(messages.get("treatment.bsa.workingWaiting")));
        } else {
            working.set("");
        }
        weightWarning.set(weightWarning());
        List<String> lines = new ArrayList<>();
        for (DrugRow row : drugs) {
            Optional<BigDecimal> amount = DecimalInput.parse(row.amountProperty().get()).filter(a -> a.signum() > 0);
            if (row.nameProperty().get().isBlank() || amount.isEmpty()) {
                continue;
            }
            Dose dose = new Dose(amount.get(), row.unitProperty().get());
            if (!dose.unit().perSquareMetre()) {
                lines.add(messages.get("treatment.dose.flat", row.nameProperty().get().strip(), dose.display()));
            } else if (area.isPresent()) {
                lines.add(messages.get("treatment.dose.forBsa", row.nameProperty().get().strip(), dose.display(),
                        area.get().toPlainString(), dose.forBodySurface(area.get()).display()));
            }
        }
        plannedDoses.setAll(lines);
    }
}
