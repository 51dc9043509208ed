package org.leiojournal.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** Home blood pressure on the check-in (issue 22, M9): when it is offered, what is saved, and the alert it raises. */
class HomeReadingFormTest {

    @TempDir
    Path folder;

    private final Clock clock = TestClocks.SUNDAY;
    private final AppState state = new AppState();
    private JournalStore store;
    private CheckInViewModel model;
    private HomeReadingForm form;

    @BeforeEach
    void open() throws Exception {
        store = FreshJournals.open(folder, clock);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        RecordingDialogs dialogs = new RecordingDialogs();
        Messages messages = new Messages(Locale.UK);
        UiContext ui = UiContexts.inline(dialogs, messages, clock);
        AlertsViewModel alerts = new AlertsViewModel(state, store.alerts(), AlertRuleCatalog.bundled(), ui);
        model = new CheckInViewModel(state, store.checkIns(), new SaveCheckIn(store, alerts.rules()), alerts, ui);
        form = new HomeReadingForm(state, alerts.rules(), model.dateProperty(), store.homeVitals(), store.bloodTests(),
                ui.tasks(), clock);
        model.useHomeReadings(form);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void type(String systolic, String diastolic, String pulse) {
        form.systolicProperty().set(systolic);
        form.diastolicProperty().set(diastolic);
        form.pulseProperty().set(pulse);
    }

    private void pazopanibFrom(LocalDate start) {
        CourseDraft draft = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("pazopanib").orElseThrow(), start);
        Course course = new CourseValidator().validate(new CourseDraft(0, draft.template(), draft.name(),
                draft.cycleLengthTexts(), draft.cycleCountTexts(), draft.drugs(), start, false, "1.80", "", "", ""),
                List.of()).value().orElseThrow();
        state.courses().setAll(store.courses().save(course));
    }

    @Test
    void offeredWhilePazopanibIsInThePlanOrOnceATeamLevelIsEntered() {
        assertFalse(form.offeredProperty().get(), "no drug asks and no level: the check-in is as before");
        pazopanibFrom(LocalDate.of(2026, 11, 1));
        assertTrue(form.offeredProperty().get());
        state.courses().clear();
        assertFalse(form.offeredProperty().get());
        store.bloodTests().setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]"));
        model.refreshTime();
        assertTrue(form.offeredProperty().get());
    }

    @Test
    void aReadingOf180IsSavedAtTheCheckInsTimeAndCallsNowWithoutATeamLevel() {
        type("180", "95", "72");
        model.save();
        assertEquals(1, store.checkIns().count(), "a reading alone is worth a check-in");
        List<HomeVital> readings = store.homeVitals().all();
        assertEquals(1, readings.size());
        assertEquals(LocalDateTime.of(2026, 11, 22, 9, 30), readings.get(0).measuredAt());
        assertEquals(java.util.Optional.of(72), readings.get(0).pulse());
        List<Alert> open = store.alerts().open();
        assertEquals(List.of("bp-systolic-180"), open.stream().map(Alert::ruleId).toList());
        assertEquals("", form.systolicProperty().get(), "the row is empty for the next check-in");
    }

    @Test
    void oneBelowTheTeamsLevelRaisesNothingAndTheLevelItselfDoes() {
        store.bloodTests().setLevel(new TeamLevel("diastolic", LevelDirection.AT_MOST, new BigDecimal("100"),
                "mm[Hg]"));
        model.refreshTime();
        type("140", "99", "");
        model.save();
        assertTrue(store.alerts().open().isEmpty());
        type("140", "100", "");
        model.timeProperty().set("09:00");
        model.save();
        assertEquals(List.of("bp-team-level"), store.alerts().open().stream().map(Alert::ruleId).toList());
    }

    @Test
    void aWrongReadingIsNamedBesideItsFieldAndNothingIsSaved() {
        type("90", "120", "");
        model.save();
        assertEquals(0, store.checkIns().count());
        assertTrue(model.errors().containsKey(HomeVital.Field.DIASTOLIC), model.errors().toString());
        type("1x0", "80", "");
        model.save();
        assertTrue(model.errors().containsKey(HomeVital.Field.SYSTOLIC));
        assertTrue(store.homeVitals().all().isEmpty());
    }

    @Test
    void editingTheCheckInLoadsItsReadingAndEmptyingTheRowRemovesIt() {
        type("150", "90", "");
        model.save();
        var saved = store.checkIns().all().get(0);
        model.edit(saved);
        assertEquals("150", form.systolicProperty().get());
        assertTrue(form.offeredProperty().get(), "an entry with a reading shows its row when edited");
        form.diastolicProperty().set("92");
        model.save();
        assertEquals(92, store.homeVitals().all().get(0).diastolic());
        assertEquals(1, store.homeVitals().all().size(), "edited in place, not added");
        model.edit(store.checkIns().all().get(0));
        type("", "", "");
        model.noteProperty().set("kept");
        model.save();
        assertTrue(store.homeVitals().all().isEmpty());
    }

    @Test
    void levelsReadBeforeTheWindowOfferTheRowAtOnceWithNothingLeftToRead() {
        List<Runnable> queued = new java.util.ArrayList<>();
        BackgroundTasks notYetRun = new BackgroundTasks(queued::add, Runnable::run);
        BloodPressureLevels team = BloodPressureLevels.of(List.of(
                new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]")));
        HomeReadingForm given = new HomeReadingForm(state, AlertRuleCatalog.bundled(), model.dateProperty(),
                store.homeVitals(), store.bloodTests(), notYetRun, clock, team);
        assertTrue(given.offeredProperty().get(), "the team's level asks for the row in the first frame");
        assertEquals(team, given.levelsProperty().get());
        assertTrue(queued.isEmpty(), "nothing queued for the worker: Today is complete when the window shows");

        HomeReadingForm reading = new HomeReadingForm(state, AlertRuleCatalog.bundled(), model.dateProperty(),
                store.homeVitals(), store.bloodTests(), notYetRun, clock);
        assertFalse(reading.offeredProperty().get(), "without them, the row waits for the read");
        assertEquals(1, queued.size(), "which is queued");
    }
}
