package org.leiojournal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.storage.FailingDisk;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.StorageException;

/**
 * Saving a check-in without a window: the entry and its alerts in one transaction, the journal's open alerts after
 * it, and which tier the entry raised — what Today shows after Save, and what the sample journal is written with.
 */
class SaveCheckInTest {

    @TempDir
    Path folder;
    private JournalStore store;
    private SaveCheckIn saving;
    private SaveCheckIn.RuleInputs inputs;
    private long pain;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        inputs = new SaveCheckIn.RuleInputs(store.items().all(), new BigDecimal("38.0"), 0, List.of(), false);
        pain = store.items().all().stream().filter(i -> "esas.pain".equals(i.code())).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aFeverAtTheThresholdIsSavedWithACallNowAlertThatIsThenOpen() {
        SaveCheckIn.Outcome outcome = saving.save(entry(Map.of(), "38.0"), inputs);
        assertTrue(outcome.raisedAny());
        assertTrue(outcome.raisedCallNow());
        assertEquals(outcome.saved().openAlerts(), outcome.openAlerts());
        assertEquals(1, store.checkIns().count());
    }

    @Test
    void justUnderTheThresholdRaisesNothing() {
        SaveCheckIn.Outcome outcome = saving.save(entry(Map.of(), "37.9"), inputs);
        assertFalse(outcome.raisedAny());
        assertFalse(outcome.raisedCallNow());
        assertTrue(outcome.openAlerts().isEmpty());
    }

    @Test
    void painOfSevenIsTellSoonNotCallNowAndEarlierOpenAlertsStayListed() {
        SaveCheckIn.Outcome fever = saving.save(entry(Map.of(), "38.5"), inputs);
        SaveCheckIn.Outcome painful = saving.save(entry(Map.of(pain, 7), null), inputs);
        assertTrue(painful.raisedAny());
        assertFalse(painful.raisedCallNow(), "ESAS-r pain 7 is tell-soon");
        List<Long> open = painful.openAlerts().stream().map(Alert::id).toList();
        assertTrue(open.containsAll(fever.saved().openAlerts().stream().map(Alert::id).toList()),
                "the fever's alert is still open beside the new one");
        assertEquals(2, open.size());
    }

    @Test
    void aSaveThatFailsLeavesNeitherTheEntryNorItsAlerts() {
        FailingDisk.readOnly(store);
        assertThrows(StorageException.class, () -> saving.save(entry(Map.of(), "39.0"), inputs));
        FailingDisk.healthy(store);
        assertEquals(0, store.checkIns().count());
        assertTrue(store.alerts().open().isEmpty());
    }

    private static CheckIn entry(Map<Long, Integer> answers, String celsius) {
        return new CheckIn(0, CheckIn.newUid(), ZonedDateTime.now(TestClocks.SUNDAY), Recorder.PATIENT, answers, "",
                celsius == null ? null : Temperature.celsius(celsius), null, "");
    }
}
