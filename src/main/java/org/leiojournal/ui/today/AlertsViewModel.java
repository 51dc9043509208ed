package org.leiojournal.ui.today;

import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.profile.CareContact;
import javafx.beans.property.ObjectProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.storage.AlertRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContext;

/**
 * The open "contact your care team" alerts: the check a save runs, and "I have read this" with what the user did.
 * An alert is never dismissed without a trace: reading it stores when, and the note.
 */
public final class AlertsViewModel {

    private Runnable emergencySheet;

    private final UiContext ui;
    private final AppState state;
    private final AlertRepository alerts;
    private final AlertRuleSet rules;
    private final Map<Long, StringProperty> notes = new HashMap<>();
    private final StringProperty status = new SimpleStringProperty("");

    public AlertsViewModel(AppState state, AlertRepository alerts, AlertRuleSet rules, UiContext ui) {
        this.state = state;
        this.alerts = alerts;
        this.rules = rules;
        this.ui = ui;
    }

    public AlertRuleSet rules() { return rules; }

    /** What the "Emergency sheet" button on a call-now alert does; none until the window sets it. */
    public void emergencySheet(Runnable action) {
        emergencySheet = action;
    }

    public java.util.Optional<Runnable> emergencySheet() {
        return java.util.Optional.ofNullable(emergencySheet);
    }
    public ObservableList<SymptomItem> items() { return state.items(); }
    public ObservableList<CareContact> contacts() { return state.contacts(); }
    public ObjectProperty<Profile> profileProperty() { return state.profileProperty(); }
    public ObservableList<Alert> open() { return state.openAlerts(); }
    public ReadOnlyStringProperty statusProperty() { return status; }

    /** What the user did about one alert, typed before they mark it as read. */
    public StringProperty note(long alertId) {
        return notes.computeIfAbsent(alertId, id -> new SimpleStringProperty(""));
    }

    /**
     * The rules as they apply now: the user's threshold and usual stools, the items and courses they have, and any
     * anthracycline from before this journal.
     */
    SaveCheckIn.RuleInputs ruleInputs() {
        Profile profile = state.profile();
        return new SaveCheckIn.RuleInputs(state.items(), profile.feverThresholdCelsius(), profile.usualStoolsPerDay(),
                state.courses(), state.hasPriorAnthracycline());
    }

    /** The open alerts as stored: call on the worker, as part of the task that changed them. */
    List<Alert> readOpen() {
        return alerts.open();
    }

    /** Shows these as the open alerts (after a save, which read them in its own task). */
    void show(List<Alert> open) {
        state.openAlerts().setAll(open);
    }

    /** Reads the open alerts again, e.g. after entries were deleted or restored elsewhere. */
    public void refresh() {
        ui.tasks().run(this::readOpen, this::show, failure -> ui.dialogs().showError(ui.messages().get("alert.loadFailed.title"),
                ui.messages().get("alert.loadFailed.body")));
    }

    public void acknowledge(Alert alert) {
        String note = note(alert.id()).get();
        ui.tasks().run(() -> {
            alerts.acknowledge(alert.id(), ui.clock().instant(), note);
            return readOpen();
        }, open -> {
            notes.remove(alert.id());
            show(open);
            status.set(ui.messages().get("alert.status.read"));
        }, failure -> ui.dialogs().showSaveFailure());
    }
}
