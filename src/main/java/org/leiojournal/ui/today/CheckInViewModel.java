package org.leiojournal.ui.today;

import org.leiojournal.domain.alert.Alert;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.domain.alert.FluidsQuestion;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.CheckInDraft;
import org.leiojournal.domain.symptom.CheckInValidator;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.CheckInRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.UiContext;

/**
 * The daily check-in form: what the user typed (as text, so nothing is lost when a field is wrong), the warning
 * signs ticked, the problems per field, and the commands Save, Same as yesterday, Yesterday and Now. Also edits
 * saved entries. Every save is judged by the alert rules in the same transaction.
 */
public final class CheckInViewModel {

    private final UiContext ui;
    private final AppState state;
    private final CheckInRepository checkIns;
    private final AlertsViewModel alerts;
    private final SaveCheckIn saving;
    private final SignsViewModel signs;
    private final Formats formats;
    private final CheckInValidator validator;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<RecorderRole> recorderRole = new SimpleObjectProperty<>(RecorderRole.PATIENT);
    private final StringProperty recorderName = new SimpleStringProperty("");
    private final Map<Long, StringProperty> answers = new HashMap<>();
    private final ObservableList<SymptomItem> formItems = FXCollections.observableArrayList();
    private final StringProperty otherProblem = new SimpleStringProperty("");
    private final StringProperty temperature = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<TemperatureUnit> temperatureUnit = new SimpleObjectProperty<>(TemperatureUnit.CELSIUS);
    private final ObjectProperty<WeightUnit> weightUnit = new SimpleObjectProperty<>(WeightUnit.KILOGRAM);
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<CheckIn> editing = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** The date and time the blank form was given: while they are unchanged, the entry is timed when saved (D5). */
    private LocalDate autoDate;
    private String autoTime;
    /** The home blood pressure row; none when the window has not given one (then the form is as before). */
    private HomeReadingForm homeReading;

    public CheckInViewModel(AppState state, CheckInRepository checkIns, SaveCheckIn saving, AlertsViewModel alerts,
                            UiContext ui) {
        this.state = state;
        this.checkIns = checkIns;
        this.saving = saving;
        this.alerts = alerts;
        this.signs = new SignsViewModel(alerts.rules(), state.courses(),
                state.priorAnthracyclineProperty().map(p -> p.mgPerSquareMetre().signum() > 0), date);
        this.ui = ui;
        this.formats = new Formats(ui.messages().locale());
        this.validator = new CheckInValidator(ui.clock());
        state.items().addListener((javafx.collections.ListChangeListener<SymptomItem>) c -> refreshFormItems());
        state.entryToEditProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                edit(entry);
            }
        });
        state.profileProperty().addListener((obs, old, profile) -> {
            if (editing.get() == null) {
                temperatureUnit.set(profile.temperatureUnit());
                weightUnit.set(profile.weightUnit());
            }
        });
        startNew();
    }

    /** Adds the home blood pressure row, saved with the entry and judged by the alert rules with it. */
    public void useHomeReadings(HomeReadingForm form) {
        homeReading = form;
        if (editing.get() == null) {
            form.clear();
        }
    }

    /** The home blood pressure row, or null when the form has none. */
    public HomeReadingForm homeReadings() {
        return homeReading;
    }

    // ---- form values -------------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public ObjectProperty<RecorderRole> recorderRoleProperty() { return recorderRole; }
    public StringProperty recorderNameProperty() { return recorderName; }
    public ObservableList<SymptomItem> formItems() { return formItems; }
    public SignsViewModel signs() { return signs; }
    public StringProperty otherProblemProperty() { return otherProblem; }
    public StringProperty temperatureProperty() { return temperature; }
    public StringProperty weightProperty() { return weight; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyObjectProperty<TemperatureUnit> temperatureUnitProperty() { return temperatureUnit; }
    public ReadOnlyObjectProperty<WeightUnit> weightUnitProperty() { return weightUnit; }

    /** True while the count typed for the item (vomiting) is 1 or more: then the form asks about drinks. */
    public javafx.beans.binding.BooleanBinding asksAboutFluids(long vomitingItemId) {
        StringProperty typed = answer(vomitingItemId);
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            try {
                return FluidsQuestion.asked(Integer.parseInt(typed.get().strip()));
            } catch (NumberFormatException e) {
                return false; // unanswered or not a number yet: the field itself says what is wrong
            }
        }, typed);
    }

    /** The text typed for one item; empty means unanswered. */
    public StringProperty answer(long itemId) {
        return answers.computeIfAbsent(itemId, id -> new SimpleStringProperty(""));
    }

    // ---- state shown around the form ---------------------------------------------------------------------

    /** Problems by field name ({@link CheckInValidator} field names), worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    /** The saved entry being edited, or null for a new check-in. */
    public ReadOnlyObjectProperty<CheckIn> editingProperty() { return editing; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ObservableList<Alert> openAlerts() { return state.openAlerts(); }
    public ObjectProperty<Profile> profileProperty() { return state.profileProperty(); }
    /** Shows Settings, where a care team's number is added. */
    public void openSettings() { state.screenProperty().set(Screen.SETTINGS); }

    // ---- commands ----------------------------------------------------------------------------------------

    /** An empty form for now, in the user's units and with the usual recorder. */
    public void startNew() {
        Profile profile = state.profile();
        editing.set(null);
        load(CheckInDraft.blank(ZonedDateTime.now(ui.clock()), profile.usualRecorder(), profile.temperatureUnit(),
                profile.weightUnit()));
        rememberAutoTime();
        if (homeReading != null) {
            homeReading.clear();
            homeReading.reloadLevels();
        }
    }

    /**
     * Sets a new entry's date and time to now, unless the user has changed them: called when Today is shown again
     * and just before a save, so an app left open all day never files an entry at the time the form was opened.
     */
    public void refreshTime() {
        if (homeReading != null) {
            homeReading.reloadLevels(); // they may have been set on Treatment since
        }
        if (editing.get() == null && Objects.equals(date.get(), autoDate) && Objects.equals(time.get(), autoTime)) {
            ZonedDateTime now = ZonedDateTime.now(ui.clock());
            date.set(now.toLocalDate());
            time.set(now.toLocalTime().format(CheckInDraft.TIME_FORMAT));
            rememberAutoTime();
        }
    }

    private void rememberAutoTime() {
        autoDate = date.get();
        autoTime = time.get();
    }

    public void edit(CheckIn entry) {
        editing.set(entry);
        Profile profile = state.profile();
        load(CheckInDraft.of(entry, profile.temperatureUnit(), profile.weightUnit()));
        if (homeReading != null) {
            homeReading.loadFor(entry.recordedAt().toLocalDateTime());
        }
        status.set(ui.messages().get("checkIn.status.editing"));
    }

    public void cancelEdit() {
        state.entryToEditProperty().set(null);
        startNew();
        status.set("");
        state.screenProperty().set(Screen.JOURNAL);
    }

    /** Today by the app's clock, the same day the validator calls "today". */
    public LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    public void setDateToday() {
        date.set(LocalDate.now(ui.clock()));
        time.set(ZonedDateTime.now(ui.clock()).toLocalTime().format(CheckInDraft.TIME_FORMAT));
        rememberAutoTime(); // "Now" means the moment of saving
        errors.remove(CheckInValidator.Field.DATE);
        errors.remove(CheckInValidator.Field.TIME);
    }

    public void setDateYesterday() {
        date.set(LocalDate.now(ui.clock()).minusDays(1));
        errors.remove(CheckInValidator.Field.DATE);
        errors.remove(CheckInValidator.Field.TIME);
    }

    /** Pre-fills from the last entry before this one; unanswered items stay unanswered. */
    public void sameAsLast() {
        CheckInDraft current = draft();
        java.time.Instant before = current.parsedTimeOrNull() != null && current.date() != null
                ? ZonedDateTime.of(current.date(), current.parsedTimeOrNull(), current.zone()).toInstant()
                : ui.clock().instant();
        ui.tasks().run(() -> checkIns.latestBefore(before), last -> {
            if (last.isEmpty()) {
                status.set(ui.messages().get("checkIn.status.nothingToCopy"));
                return;
            }
            CheckIn previous = last.get();
            CheckInDraft filled = current.sameAs(previous, formItems);
            load(filled);
            status.set(ui.messages().get("checkIn.status.copied", formats.dateTime(previous.recordedAt())));
        }, this::showFailure);
    }

    /** Checks one field as the user leaves it, without nagging about the others. */
    public void checkField(FieldId field) {
        Validated<CheckIn> result = validator.validate(draft(), formItems);
        result.problemFor(field).ifPresentOrElse(p -> errors.put(field, ui.messages().problem(p)), () -> errors.remove(field));
    }

    /** Checks the blood pressure row's field as the user leaves it. */
    public void checkReadingField(FieldId field) {
        if (homeReading == null) {
            return;
        }
        homeReading.reading(readingTime()).problemFor(field)
                .ifPresentOrElse(p -> errors.put(field, ui.messages().problem(p)), () -> errors.remove(field));
    }

    /** The time the entry's reading would be kept at: the form's date and time, or now while they are not valid. */
    private java.time.LocalDateTime readingTime() {
        CheckInDraft current = draft();
        return current.date() != null && current.parsedTimeOrNull() != null
                ? current.date().atTime(current.parsedTimeOrNull()) : java.time.LocalDateTime.now(ui.clock());
    }

    public void clearError(FieldId field) {
        errors.remove(field);
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        refreshTime();
        Validated<CheckIn> result = validator.validate(draft(), formItems);
        Validated<Optional<HomeVital>> reading = homeReading == null ? Validated.valid(Optional.empty())
                : homeReading.reading(readingTime());
        List<org.leiojournal.domain.validation.Problem> problems = new java.util.ArrayList<>(result.problems());
        problems.addAll(reading.problems());
        ui.messages().showProblems(errors, problems);
        if (!problems.isEmpty()) {
            status.set(ui.messages().get("checkIn.status.fixErrors", problems.size()));
            return;
        }
        CheckIn entry = result.value().orElseThrow();
        Optional<HomeVital> bloodPressure = reading.value().orElseThrow();
        if (entry.recordsNothing() && bloodPressure.isEmpty()) {
            status.set(ui.messages().get("checkIn.status.nothing"));
            return;
        }
        boolean wasEdit = editing.get() != null;
        busy.set(true);
        java.time.LocalDateTime timeBefore = wasEdit ? editing.get().recordedAt().toLocalDateTime() : null;
        // read on the UI thread; the save runs on the worker
        SaveCheckIn.RuleInputs inputs = alerts.ruleInputs();
        Optional<SaveCheckIn.HomeReading> home = homeReading == null ? Optional.empty()
                : Optional.of(new SaveCheckIn.HomeReading(timeBefore, bloodPressure, homeReading.levels()));
        ui.tasks().run(() -> saving.save(entry, inputs, home), done -> {
            busy.set(false);
            alerts.show(done.openAlerts());
            state.journalChanged();
            boolean raised = done.raisedAny();
            boolean callNow = done.raisedCallNow();
            String when = formats.dateTime(done.saved().entry().recordedAt());
            if (wasEdit) {
                state.entryToEditProperty().set(null);
                startNew();
                status.set(ui.messages().get(statusKey(true, raised, callNow), when));
                if (!raised) {
                    state.screenProperty().set(Screen.JOURNAL);
                }
            } else {
                startNew();
                status.set(ui.messages().get(statusKey(false, raised, callNow), when));
            }
        }, failure -> {
            busy.set(false);
            showFailure(failure);
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** Spelled out whole, so MessagesTest can see every key in use. */
    private static String statusKey(boolean edit, boolean raised, boolean callNow) {
        if (!raised) {
            return edit ? "checkIn.status.updated" : "checkIn.status.saved";
        }
        if (callNow) {
            return edit ? "checkIn.status.updatedWithAlert" : "checkIn.status.savedWithAlert";
        }
        return edit ? "checkIn.status.updatedWithTellSoon" : "checkIn.status.savedWithTellSoon";
    }

    private void showFailure(RuntimeException failure) {
        status.set(ui.messages().get("checkIn.status.notSaved"));
        ui.dialogs().showSaveFailure(failure);
    }

    CheckInDraft draft() {
        CheckIn edited = editing.get();
        Map<Long, String> typed = new HashMap<>();
        for (SymptomItem item : formItems) {
            typed.put(item.id(), answer(item.id()).get());
        }
        return new CheckInDraft(edited == null ? 0 : edited.id(), edited == null ? null : edited.uid(), date.get(),
                time.get(), edited == null ? ui.clock().getZone() : edited.recordedAt().getZone(),
                new Recorder(recorderRole.get(), recorderName.get()), typed, otherProblem.get(), temperature.get(),
                temperatureUnit.get(), weight.get(), weightUnit.get(), note.get(), signs.tickedCodes());
    }

    private void load(CheckInDraft draft) {
        errors.clear();
        refreshFormItems();
        date.set(draft.date());
        time.set(draft.time());
        recorderRole.set(draft.recorder().role());
        recorderName.set(draft.recorder().name());
        answers.values().forEach(p -> p.set(""));
        draft.answers().forEach((id, text) -> answer(id).set(text));
        otherProblem.set(draft.otherProblem());
        temperature.set(draft.temperature());
        temperatureUnit.set(draft.temperatureUnit());
        weight.set(draft.weight());
        weightUnit.set(draft.weightUnit());
        note.set(draft.note());
        signs.load(draft.signs());
    }

    /** Active items, plus any retired item the edited entry answered, so editing never drops history. */
    private void refreshFormItems() {
        CheckIn edited = editing.get();
        Set<SymptomItem> shown = new LinkedHashSet<>();
        for (SymptomItem item : state.items()) {
            if (!item.retired() || (edited != null && edited.answers().containsKey(item.id()))) {
                shown.add(item);
            }
        }
        if (!List.copyOf(shown).equals(formItems)) {
            formItems.setAll(shown);
        }
    }
}
