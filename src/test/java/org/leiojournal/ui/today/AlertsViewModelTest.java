package org.leiojournal.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.storage.FailingDisk;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/**
 * The alert panel's model without a window: marking an alert as read keeps what the user did about it; a write that
 * fails says so and leaves the alert open with its note; the rules see the user's own threshold.
 */
class AlertsViewModelTest {

    private static final Clock CLOCK = TestClocks.SUNDAY;

    @TempDir
    Path folder;
    private JournalStore store;
    private final AppState state = new AppState();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AlertsViewModel model;
    private Alert fever;

    @BeforeEach
    void open() throws Exception {
        store = FreshJournals.open(folder, CLOCK);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        SaveCheckIn saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        model = new AlertsViewModel(state, store.alerts(), saving.rules(),
                UiContexts.inline(dialogs, CLOCK));
        CheckIn hot = new CheckIn(0, CheckIn.newUid(), ZonedDateTime.now(CLOCK), Recorder.PATIENT, Map.of(), "",
                Temperature.celsius("38.4"), null, "");
        fever = saving.save(hot, model.ruleInputs()).saved().openAlerts().get(0);
        model.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void markingAnAlertAsReadKeepsWhatTheUserDid() {
        assertEquals(List.of(fever.id()), model.open().stream().map(Alert::id).toList());
        model.note(fever.id()).set("Rang the hotline, went in for bloods");
        model.acknowledge(fever);
        assertTrue(model.open().isEmpty());
        Alert stored = store.alerts().all().get(0);
        assertFalse(stored.isOpen());
        assertEquals("Rang the hotline, went in for bloods", stored.acknowledged().orElseThrow().note());
        assertEquals(CLOCK.instant(), stored.acknowledged().orElseThrow().at());
        assertEquals("", model.note(fever.id()).get(), "the typed note is cleared once it is kept");
        assertFalse(model.statusProperty().get().isEmpty());
    }

    @Test
    void aReadMarkThatCannotBeSavedLeavesTheAlertOpenWithItsNote() {
        model.note(fever.id()).set("Rang the hotline");
        FailingDisk.readOnly(store);
        model.acknowledge(fever);
        FailingDisk.healthy(store);
        assertEquals(1, dialogs.saveFailures);
        assertEquals(1, model.open().size());
        assertTrue(store.alerts().open().get(0).isOpen());
        assertEquals("Rang the hotline", model.note(fever.id()).get(), "nothing typed is lost");
    }

    @Test
    void theRulesSeeTheUsersOwnThreshold() {
        assertEquals(state.profile().feverThresholdCelsius(), model.ruleInputs().thresholdCelsius());
        var p = state.profile();
        state.profileProperty().set(new org.leiojournal.domain.profile.Profile(p.patientName(), p.usualRecorder(),
                p.temperatureUnit(), p.weightUnit(), new BigDecimal("37.5"), true, p.usualStoolsPerDay()));
        assertEquals(new BigDecimal("37.5"), model.ruleInputs().thresholdCelsius());
    }
}
