package org.leiojournal.ui.treatment;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Validated;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.ui.common.UiContext;

/**
 * The home blood pressure level the care team gave ("call us at 150/100 or higher"): typed, checked, kept as the
 * two team levels, and described, including the plain fact that without one there is no alert at the team's level.
 */
public final class BloodPressureLevelModel {

    private final UiContext ui;
    private final BloodTestRepository store;
    private final StringProperty systolic = new SimpleStringProperty("");
    private final StringProperty diastolic = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableMap<FieldId, String> errors = FXCollections.observableHashMap();

    public BloodPressureLevelModel(BloodTestRepository store, UiContext ui) {
        this.store = store;
        this.ui = ui;
        load();
    }

    public StringProperty systolicProperty() { return systolic; }
    public StringProperty diastolicProperty() { return diastolic; }
    /** What is kept now, in words. */
    public ReadOnlyStringProperty currentProperty() { return current; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ObservableMap<FieldId, String> errors() { return errors; }

    private void load() {
        ui.tasks().run(() -> BloodPressureLevels.of(store.levels()), this::show, failure -> { });
    }

    private void show(BloodPressureLevels levels) {
        systolic.set(levels.systolic().map(String::valueOf).orElse(""));
        diastolic.set(levels.diastolic().map(String::valueOf).orElse(""));
        current.set(describe(levels));
    }

    /** "Kept: call at 150/100 or higher." or that none is kept and what that means. */
    String describe(BloodPressureLevels levels) {
        return levels.isEmpty() ? ui.messages().get("bpLevel.none") : ui.messages().get("bpLevel.kept",
                levels.systolic().map(String::valueOf).orElse("–"), levels.diastolic().map(String::valueOf).orElse("–"));
    }

    /** Keeps the typed level; both fields empty removes it. */
    public void save() {
        Validated<BloodPressureLevels> result = BloodPressureLevels.validate(systolic.get(), diastolic.get());
        ui.messages().showProblems(errors, result.problems());
        if (!result.isValid()) {
            return;
        }
        BloodPressureLevels levels = result.value().orElseThrow();
        ui.tasks().run(() -> {
            store.setLevels(java.util.Map.of(BloodPressureLevels.SYSTOLIC, levels.systolicLevel(),
                    BloodPressureLevels.DIASTOLIC, levels.diastolicLevel()));
            return BloodPressureLevels.of(store.levels());
        }, saved -> {
            show(saved);
            status.set(ui.messages().get(saved.isEmpty() ? "bpLevel.status.cleared" : "bpLevel.status.saved"));
        }, ui.dialogs()::showSaveFailure);
    }
}
