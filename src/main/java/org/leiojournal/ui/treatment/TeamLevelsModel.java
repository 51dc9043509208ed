package org.leiojournal.ui.treatment;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.lab.TeamLevelValidator;
import org.leiojournal.domain.trend.LabSeries;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.ui.common.UiContext;

/**
 * The levels the care team gave for blood tests ("neutrophils at least 1.5 to treat"): listed in words, and a form
 * that keeps one per test (saving replaces that test's level) or removes it. The user writes the level; the app
 * never offers one. Choosing a test fills the form with the level kept for it, if any.
 */
public final class TeamLevelsModel {

    private final UiContext ui;
    private final BloodTestRepository store;
    private final List<LabTest> tests;
    private final ObjectProperty<LabTest> test = new SimpleObjectProperty<>();
    private final ObjectProperty<LevelDirection> direction = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<LabUnit> unit = new SimpleObjectProperty<>();
    private final ObservableList<LabUnit> units = FXCollections.observableArrayList();
    private final ObservableList<String> kept = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();
    private List<TeamLevel> levels = List.of();

    public TeamLevelsModel(BloodTestRepository store, List<LabTest> catalogue, UiContext ui) {
        this.store = store;
        this.tests = LabSeries.numberTests(catalogue);
        this.ui = ui;
        test.addListener((o, old, chosen) -> fill(chosen));
        direction.addListener(o -> errors.remove(TeamLevelValidator.Field.DIRECTION));
        value.addListener(o -> errors.remove(TeamLevelValidator.Field.VALUE));
        unit.addListener(o -> {
            errors.remove(TeamLevelValidator.Field.UNIT);
            errors.remove(TeamLevelValidator.Field.VALUE); // a value impossible in one unit may fit the next
        });
        ui.tasks().run(store::levels, this::show, failure -> { });
    }

    /** The tests a level can be kept for: the catalogue's number tests, neutrophils and platelets first. */
    public List<LabTest> tests() { return tests; }
    public ObjectProperty<LabTest> testProperty() { return test; }
    public ObjectProperty<LevelDirection> directionProperty() { return direction; }
    public StringProperty valueProperty() { return value; }
    public ObjectProperty<LabUnit> unitProperty() { return unit; }
    /** The units of the chosen test, as labs print it. */
    public ObservableList<LabUnit> units() { return units; }
    /** The kept levels in words, "Neutrophils: at least 1.5 ×10⁹/L", in the order of {@link #tests()}. */
    public ObservableList<String> kept() { return kept; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    /** Problems by {@link TeamLevelValidator} field name, worded for the user. */
    public ObservableMap<FieldId, String> errors() { return errors; }

    /** Keeps the typed level as the chosen test's level, replacing the one it had; or says what to fix. */
    public void save() {
        Validated<TeamLevel> result = TeamLevelValidator.validate(test.get(), direction.get(), value.get(),
                unit.get() == null ? "" : unit.get().ucum());
        ui.messages().showProblems(errors, result.problems());
        if (!result.isValid()) {
            status.set("");
            return;
        }
        TeamLevel level = result.value().orElseThrow();
        ui.tasks().run(() -> {
            store.setLevel(level);
            return store.levels();
        }, read -> {
            show(read);
            status.set(ui.messages().get("teamLevels.status.saved", describe(level)));
        }, ui.dialogs()::showSaveFailure);
    }

    /** Removes the chosen test's level: Trends and the clinic report then draw none for it. */
    public void remove() {
        LabTest chosen = test.get();
        errors.clear();
        if (chosen == null) {
            errors.put(TeamLevelValidator.Field.TEST, ui.messages().get("teamLevel.test.required"));
            return;
        }
        if (keptFor(chosen).isEmpty()) {
            status.set(ui.messages().get("teamLevels.status.noneKept", chosen.name()));
            return;
        }
        ui.tasks().run(() -> {
            store.clearLevel(chosen.id());
            return store.levels();
        }, read -> {
            show(read);
            fill(chosen);
            status.set(ui.messages().get("teamLevels.status.removed", chosen.name()));
        }, ui.dialogs()::showSaveFailure);
    }

    /** "Neutrophils: at least 1.5 ×10⁹/L", in the unit the user kept it in. */
    String describe(TeamLevel level) {
        Optional<LabTest> of = tests.stream().filter(t -> t.id().equals(level.measure())).findFirst();
        String name = of.map(LabTest::name).orElse(level.measure());
        String unitLabel = of.flatMap(t -> t.unit(level.unit())).map(LabUnit::label).orElse(level.unit());
        return ui.messages().get(level.direction() == LevelDirection.AT_LEAST ? "teamLevels.item.atLeast"
                : "teamLevels.item.atMost", name, level.value().toPlainString(), unitLabel);
    }

    private void show(List<TeamLevel> read) {
        levels = List.copyOf(read);
        // blood pressure levels are kept in the same table; they have their own card
        kept.setAll(tests.stream().flatMap(t -> keptFor(t).stream()).map(this::describe).toList());
    }

    private Optional<TeamLevel> keptFor(LabTest chosen) {
        return levels.stream().filter(l -> l.measure().equals(chosen.id())).findFirst();
    }

    /** The form shows the chosen test's kept level, or an empty level in its main unit. */
    private void fill(LabTest chosen) {
        units.setAll(chosen == null ? List.of() : chosen.units());
        Optional<TeamLevel> level = chosen == null ? Optional.empty() : keptFor(chosen);
        direction.set(level.map(TeamLevel::direction).orElse(null));
        value.set(level.map(l -> l.value().toPlainString()).orElse(""));
        unit.set(chosen == null ? null
                : level.flatMap(l -> chosen.unit(l.unit())).orElse(chosen.mainUnit()));
        errors.clear();
    }
}
