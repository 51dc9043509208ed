package org.leiojournal.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.storage.HomeVitalRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;

/**
 * The home blood pressure row of the check-in: upper and lower number and pulse as typed, and whether the row is
 * offered. It is offered while a drug in the plan asks for blood pressure checks (the rules file names them:
 * pazopanib), once the user has entered their team's level, or when the entry being edited has a reading. The
 * reading is saved with the check-in, at its time.
 */
public final class HomeReadingForm {

    private final HomeVitalRepository readings;
    private final BloodTestRepository levelsStore;
    private final BackgroundTasks tasks;
    private final Clock clock;

    private final StringProperty systolic = new SimpleStringProperty("");
    private final StringProperty diastolic = new SimpleStringProperty("");
    private final StringProperty pulse = new SimpleStringProperty("");
    private final ObjectProperty<BloodPressureLevels> levels = new SimpleObjectProperty<>(BloodPressureLevels.NONE);
    private final BooleanProperty editedHadReading = new SimpleBooleanProperty();
    private final BooleanBinding offered;

    /** Reads the team's levels in the background; the row is offered once they are back if they ask for it. */
    public HomeReadingForm(AppState state, AlertRuleSet rules, ObjectProperty<LocalDate> date,
                           HomeVitalRepository readings, BloodTestRepository levelsStore, BackgroundTasks tasks,
                           Clock clock) {
        this(state, rules, date, readings, levelsStore, tasks, clock, BloodPressureLevels.NONE);
        reloadLevels();
    }

    /**
     * With the team's levels already read ({@code first}, from the journal's snapshot at the start), so the row is
     * there, or not, in the first frame, and nothing is left to read after the window shows.
     */
    public HomeReadingForm(AppState state, AlertRuleSet rules, ObjectProperty<LocalDate> date,
                           HomeVitalRepository readings, BloodTestRepository levelsStore, BackgroundTasks tasks,
                           Clock clock, BloodPressureLevels first) {
        this.readings = readings;
        this.levelsStore = levelsStore;
        this.tasks = tasks;
        this.clock = clock;
        this.offered = Bindings.createBooleanBinding(() -> editedHadReading.get() || !levels.get().isEmpty()
                        || rules.asksHomeBloodPressure(date.get() == null ? LocalDate.now(clock) : date.get(),
                        state.courses()),
                editedHadReading, levels, date, state.courses());
        levels.set(first);
    }

    public StringProperty systolicProperty() { return systolic; }
    public StringProperty diastolicProperty() { return diastolic; }
    public StringProperty pulseProperty() { return pulse; }
    public ReadOnlyObjectProperty<BloodPressureLevels> levelsProperty() { return levels; }

    /** True while the row is shown on the check-in. */
    public BooleanBinding offeredProperty() { return offered; }

    /** Reads the team's levels again (they are set on Treatment, Blood tests). */
    public void reloadLevels() {
        tasks.run(() -> BloodPressureLevels.of(levelsStore.levels()), levels::set, failure -> { });
    }

    /** The team's levels as last read, for the alert check. */
    BloodPressureLevels levels() {
        return levels.get();
    }

    /** Whether anything was typed in the row. */
    boolean typed() {
        return !(systolic.get().isBlank() && diastolic.get().isBlank() && pulse.get().isBlank());
    }

    /** The reading typed, or none when the row is empty; problems by field when it is not a reading. */
    Validated<Optional<HomeVital>> reading(LocalDateTime at) {
        if (!typed()) {
            return Validated.valid(Optional.empty());
        }
        // the check-in's own time is checked by the check-in's validator; here only the numbers are
        Clock after = Clock.fixed(at.atZone(clock.getZone()).toInstant().plusSeconds(86_400), clock.getZone());
        Validated<HomeVital> checked = HomeVital.validate(0, at, systolic.get(), diastolic.get(), pulse.get(), after);
        return checked.isValid() ? Validated.valid(checked.value()) : Validated.invalid(checked.problems());
    }

    /** An empty row, for a new check-in. */
    void clear() {
        systolic.set("");
        diastolic.set("");
        pulse.set("");
        editedHadReading.set(false);
    }

    /** The reading kept with an entry being edited, read from the journal, or an empty row. */
    void loadFor(LocalDateTime entryTime) {
        clear();
        tasks.run(() -> readings.at(entryTime), found -> found.ifPresent(r -> {
            systolic.set(Integer.toString(r.systolic()));
            diastolic.set(Integer.toString(r.diastolic()));
            pulse.set(r.pulse().map(String::valueOf).orElse(""));
            editedHadReading.set(true);
        }), failure -> { });
    }
}
