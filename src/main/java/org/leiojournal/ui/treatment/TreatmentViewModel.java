package org.leiojournal.ui.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.TypedDose;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.OralDoseConfirmation;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.CourseRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The courses of treatment: choosing one, planning or editing one in the form, and recording what really
 * happened to each dose — given, reduced, skipped, delayed — or that the course stopped.
 */
public final class TreatmentViewModel {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { REDUCED_AMOUNT, STOP_DATE }

    private final UiContext ui;
    private final AppState state;
    private final CourseRepository courses;
    private final RegimenCatalog catalog;
    private final CourseFormModel form;
    private final ObjectProperty<Course> selected = new SimpleObjectProperty<>();
    private final BooleanProperty formShown = new SimpleBooleanProperty();
    private final ObservableList<AdministrationRow> administrations = FXCollections.observableArrayList();
    private final ObjectProperty<AdministrationRow> selectedRow = new SimpleObjectProperty<>();
    private final StringProperty reducedAmount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> delayDate = new SimpleObjectProperty<>();
    private final StringProperty delayReason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> stopDate = new SimpleObjectProperty<>();
    private final StringProperty stopReason = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");

    public TreatmentViewModel(AppState state, CourseRepository courses, UiContext ui,
                              RegimenCatalog catalog) {
        this.state = state;
        this.courses = courses;
        this.ui = ui;
        this.catalog = catalog;
        this.form = new CourseFormModel(ui.messages());
        selected.addListener((o, old, course) -> showCourse(course));
        state.courses().addListener((ListChangeListener<Course>) c -> reselect());
        reducedAmount.addListener(o -> errors.remove(Field.REDUCED_AMOUNT));
        delayDate.addListener(o -> errors.remove(CourseCalendar.Field.DELAY_DATE));
        stopDate.addListener(o -> errors.remove(Field.STOP_DATE));
        selectedRow.addListener((o, old, row) -> {
            errors.clear();
            delayDate.set(null); // never a date the user did not choose (review D21): the field prompts instead
        });
        reselect();
    }

    public ObservableList<Course> courses() { return state.courses(); }
    public CourseFormModel form() { return form; }
    public List<Regimen> templates() { return catalog.all(); }
    /** When the template a course started from was checked and is due again; empty for a plan built by hand. */
    public Optional<ContentReview> templateReview(Course course) { return catalog.review(course.plan().id()); }
    public ObjectProperty<Course> selectedProperty() { return selected; }
    public BooleanProperty formShownProperty() { return formShown; }
    public ObservableList<AdministrationRow> administrations() { return administrations; }
    public ObjectProperty<AdministrationRow> selectedRowProperty() { return selectedRow; }
    public StringProperty reducedAmountProperty() { return reducedAmount; }
    public ObjectProperty<LocalDate> delayDateProperty() { return delayDate; }
    public StringProperty delayReasonProperty() { return delayReason; }
    public ObjectProperty<LocalDate> stopDateProperty() { return stopDate; }
    public StringProperty stopReasonProperty() { return stopReason; }
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    private java.util.List<org.leiojournal.domain.lab.BloodTest> bloodTests = java.util.List.of();

    /** Reads the blood tests, so the course calendar can show the counts drawn before each cycle's day 1. */
    public void useBloodTests(org.leiojournal.storage.BloodTestRepository store) {
        ui.tasks().run(() -> {
            org.leiojournal.catalog.LabCatalog.bundled(); // its names, read here: on the UI thread it held up the calendar
            return store.all();
        }, all -> bloodTests = java.util.List.copyOf(all), failure -> { });
    }

    /** "Counts Sat 14 Nov 2026: Neutrophils 1.6 ×10⁹/L, Platelets 210 ×10⁹/L", before a cycle starting that day. */
    public java.util.Optional<String> countsBefore(LocalDate dayOne) {
        return org.leiojournal.domain.lab.CountsBeforeCycle.before(dayOne, bloodTests).map(test -> {
            org.leiojournal.catalog.LabCatalog catalog = org.leiojournal.catalog.LabCatalog.bundled();
            String values = java.util.stream.Stream.of(org.leiojournal.domain.lab.CountsBeforeCycle.NEUTROPHILS,
                            org.leiojournal.domain.lab.CountsBeforeCycle.PLATELETS)
                    .flatMap(id -> test.result(id).stream())
                    .map(r -> catalog.byId(r.testId()).map(t -> t.name() + " " + r.value() + " "
                            + t.unit(r.unit()).map(org.leiojournal.domain.lab.LabUnit::label).orElse(r.unit()))
                            .orElse(r.testId() + " " + r.value()))
                    .collect(java.util.stream.Collectors.joining(", "));
            return ui.messages().get("treatment.strip.counts", new org.leiojournal.ui.common.Formats(ui.messages().locale())
                    .date(test.drawnAt().toLocalDate()), values);
        });
    }

    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    private void reselect() {
        Course current = selected.get();
        Optional<Course> same = current == null ? Optional.empty()
                : state.courses().stream().filter(c -> c.id() == current.id()).findFirst();
        Course next = same.orElseGet(() -> state.courses().isEmpty() ? null
                : state.courses().get(state.courses().size() - 1));
        if (java.util.Objects.equals(next, current)) {
            showCourse(next);
        } else {
            selected.set(next);
        }
    }

    private void showCourse(Course course) {
        AdministrationRow row = selectedRow.get();
        administrations.setAll(course == null ? List.of() : AdministrationRow.of(course, today()));
        selectedRow.set(row == null ? null : administrations.stream()
                .filter(r -> r.day().cycle() == row.day().cycle() && r.day().day() == row.day().day()
                        && r.drug().drug().equals(row.drug().drug())).findFirst().orElse(null));
        stopDate.set(today());
    }

    // ---- planning ----------------------------------------------------------------------------------------------

    /** Opens the form on a template, or on an empty plan to build from scratch when {@code template} is null. */
    public void newCourse(Regimen template) {
        form.load((template == null ? CourseDraft.blank(today()) : CourseDraft.fromTemplate(template, today()))
                .inWeightUnit(state.profile().weightUnit()));
        formShown.set(true);
    }

    public void editSelected() {
        if (selected.get() != null) {
            form.load(CourseDraft.of(selected.get()).inWeightUnit(state.profile().weightUnit()));
            formShown.set(true);
        }
    }

    public void cancelForm() {
        formShown.set(false);
    }

    public void saveForm() {
        Optional<Course> course = form.validate(state.courses());
        if (course.isEmpty()) {
            status.set(ui.messages().get("treatment.status.fix"));
            return;
        }
        write(() -> courses.save(course.get()), saved -> {
            formShown.set(false);
            selected.set(saved);
            status.set(ui.messages().get("treatment.status.courseSaved", saved.plan().name()));
        });
    }

    // ---- what happened -----------------------------------------------------------------------------------------

    /** Keeps the plan's amount of today with the record, so a later change of plan leaves it as it was. */
    public void recordGiven() {
        AdministrationRow row = selectedRow.get();
        if (row != null) {
            record(DoseOutcome.GIVEN, Optional.of(row.drug().dose().amount()));
        }
    }

    public void recordSkipped() {
        record(DoseOutcome.SKIPPED, Optional.empty());
    }

    public void recordReduced() {
        AdministrationRow row = selectedRow.get();
        if (row == null) {
            return;
        }
        DoseUnit unit = row.drug().dose().unit();
        Optional<BigDecimal> amount = TypedDose.read(reducedAmount.get(), unit);
        if (amount.isEmpty()) {
            errors.put(Field.REDUCED_AMOUNT, ui.messages().problem(TypedDose.problem(reducedAmount.get(), unit,
                    TypedDose.TOO_LARGE_KEY, Problem.of(Field.REDUCED_AMOUNT, "treatment.reduced.invalid",
                            unit.symbol()))));
            return;
        }
        record(DoseOutcome.REDUCED, amount);
    }

    private void record(DoseOutcome outcome, Optional<BigDecimal> amount) {
        AdministrationRow row = selectedRow.get();
        if (row == null) {
            return;
        }
        DoseRecord dose = new DoseRecord(row.day().cycle(), row.day().day(), row.drug().drug(), outcome, amount, "");
        change(row.course(), () -> courses.recordDose(row.course().id(), dose),
                ui.messages().get("treatment.status.recorded", row.drug().drug(), row.day().cycle(), row.day().day()));
        reducedAmount.set("");
    }

    public void clearOutcome() {
        AdministrationRow row = selectedRow.get();
        if (row != null) {
            change(row.course(), () -> courses.removeDose(row.course().id(), row.day().cycle(), row.day().day(),
                    row.drug().drug()), ui.messages().get("treatment.status.cleared"));
        }
    }

    /** Moves the selected treatment day, and every later one, to the chosen date. */
    public void delay() {
        AdministrationRow row = selectedRow.get();
        if (row == null) {
            return;
        }
        if (delayDate.get() == null) {
            errors.put(CourseCalendar.Field.DELAY_DATE, ui.messages().get("treatment.delay.required"));
            return;
        }
        Optional<Problem> problem = row.course().calendar().checkDelay(row.day().cycle(), row.day().day(),
                delayDate.get());
        if (problem.isPresent()) {
            errors.put(CourseCalendar.Field.DELAY_DATE, ui.messages().problem(problem.get()));
            return;
        }
        Delay delay = new Delay(row.day().cycle(), row.day().day(), delayDate.get(), delayReason.get().strip());
        // the reason typed is cleared only once saved: a failed write keeps it on screen
        change(row.course(), () -> courses.recordDelay(row.course().id(), delay),
                ui.messages().get("treatment.status.delayed", row.day().cycle(), row.day().day()), () -> delayReason.set(""));
    }

    public void undoDelay() {
        AdministrationRow row = selectedRow.get();
        if (row != null && row.day().delay().isPresent()) {
            change(row.course(), () -> courses.removeDelay(row.course().id(), row.day().cycle(), row.day().day()),
                    ui.messages().get("treatment.status.delayUndone"));
        }
    }

    public void stopCourse() {
        Course course = selected.get();
        if (course == null) {
            return;
        }
        if (stopDate.get() == null || stopDate.get().isBefore(course.start())) {
            errors.put(Field.STOP_DATE, ui.messages().get("treatment.stop.invalid"));
            return;
        }
        CourseStop stop = new CourseStop(stopDate.get(), stopReason.get().strip());
        change(course, () -> courses.stop(course.id(), stop), ui.messages().get("treatment.status.stopped"));
        stopReason.set("");
    }

    public void resumeCourse() {
        Course course = selected.get();
        if (course != null && course.history().stop().isPresent()) {
            change(course, () -> courses.resume(course.id()), ui.messages().get("treatment.status.resumed"));
        }
    }

    private void change(Course course, Runnable write, String done) {
        change(course, write, done, () -> { });
    }

    private void change(Course course, Runnable write, String done, Runnable afterSaved) {
        write(() -> {
            write.run();
            return courses.find(course.id()).orElseThrow();
        }, saved -> {
            status.set(done);
            afterSaved.run();
        });
    }

    private void write(Supplier<Course> work, java.util.function.Consumer<Course> after) {
        ui.tasks().run(work, saved -> {
            boolean known = state.courses().stream().anyMatch(c -> c.id() == saved.id());
            if (known) {
                state.courses().replaceAll(c -> c.id() == saved.id() ? saved : c);
            } else {
                state.courses().add(saved);
            }
            after.accept(saved);
        }, e -> {
            status.set(ui.messages().get("checkIn.status.notSaved"));
            ui.dialogs().showSaveFailure(e);
        });
    }

    /** Saves the dose of the course's tablets as the user typed it from their prescription label. */
    public void confirmOralDose(Course course, String typed) {
        errors.remove(OralDoseConfirmation.Field.TABLETS);
        Validated<Course> confirmed = OralDoseConfirmation.confirm(course, typed);
        if (confirmed.value().isEmpty()) {
            errors.put(OralDoseConfirmation.Field.TABLETS, ui.messages().problem(confirmed.problems().get(0)));
            return;
        }
        DrugPlan tablets = OralDoseConfirmation.tablets(course).orElseThrow();
        Course updated = confirmed.value().get();
        write(() -> courses.save(updated), saved -> status.set(ui.messages().get("treatment.status.oralDoseConfirmed",
                tablets.drug(), updated.plan().phases().stream().flatMap(p -> p.drugs().stream())
                        .filter(d -> d.drug().equals(tablets.drug())).findFirst().orElseThrow().dose().display())));
    }

    /** For continuous oral treatment: the day's dose taken or not. */
    public void setOralTaken(Course course, LocalDate day, boolean taken) {
        change(course, () -> {
            if (taken) {
                courses.markOralDoseTaken(course.id(), day, ZonedDateTime.now(ui.clock()));
            } else {
                courses.unmarkOralDoseTaken(course.id(), day);
            }
        }, ui.messages().get(taken ? "treatment.status.oralTaken" : "treatment.status.oralUntaken"));
    }
}
