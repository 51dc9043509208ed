package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.catalog.FollowUpCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.followup.FollowUpInterval;
import org.leiojournal.domain.followup.FollowUpPlan;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;

/** The follow-up plan's model on a real journal, without the toolkit: defaults, presets, edits, a saved plan. */
class FollowUpViewModelTest {

    /** 09:30 in London on Sunday 22 November 2026, the clock of the UI tests. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private JournalStore store;
    private final AppState state = new AppState();
    private final Dialogs dialogs = new Dialogs();
    private final Messages messages = new Messages(Locale.UK);

    @BeforeEach
    void open() throws Exception {
        store = FreshJournals.open(folder, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private FollowUpViewModel model() {
        UiContext ui = UiContexts.inline(dialogs, messages, CLOCK);
        AppointmentBook book = new AppointmentBook(state, store.appointments(), ui);
        return new FollowUpViewModel(state, store.followUpPlan(), book, FollowUpCatalog.bundled(), ui);
    }

    private static PresetChoice choice(FollowUpViewModel model, String id) {
        return model.choices().stream().filter(c -> c.id().equals(Optional.of(id))).findFirst().orElseThrow();
    }

    private static Course doxorubicin(LocalDate start, Optional<CourseStop> stop) {
        return new Course(0, RegimenCatalog.bundled().find("doxorubicin").orElseThrow(), start, List.of(6),
                BodySurfaceArea.entered(new BigDecimal("1.80")), "",
                new CourseHistory(List.of(), List.of(), stop));
    }

    @Test
    void theEndDateDefaultsToTheLastDayOfTheLatestFinishedCourse() {
        state.courses().setAll(
                doxorubicin(LocalDate.of(2025, 1, 6), Optional.empty()),
                doxorubicin(LocalDate.of(2026, 3, 2), Optional.empty()),
                doxorubicin(LocalDate.of(2026, 10, 1), Optional.empty()));
        FollowUpViewModel model = model();
        assertEquals(LocalDate.of(2026, 7, 5), model.endProperty().get(), "cycle 6 of the second course ends then; "
                + "the third course is still running");
        assertEquals("4 months since the end of treatment (Sun 5 Jul 2026)", model.elapsedProperty().get());
    }

    @Test
    void aStoppedCourseEndsOnItsStopDateAndWithoutCoursesThereIsNoDefault() {
        assertNull(model().endProperty().get());
        state.courses().setAll(doxorubicin(LocalDate.of(2026, 3, 2),
                Optional.of(new CourseStop(LocalDate.of(2026, 4, 20), "side effects"))));
        assertEquals(LocalDate.of(2026, 4, 20), model().endProperty().get());
    }

    @Test
    void timeSinceTreatmentReadsPlainly() {
        FollowUpViewModel model = model();
        assertEquals("Enter the day treatment ended to see how long ago that was.", model.elapsedProperty().get());
        model.endProperty().set(LocalDate.of(2025, 7, 22));
        assertEquals("1 year 4 months since the end of treatment (Tue 22 Jul 2025)", model.elapsedProperty().get());
        model.endProperty().set(LocalDate.of(2024, 11, 22));
        assertEquals("2 years since the end of treatment (Fri 22 Nov 2024)", model.elapsedProperty().get());
        model.endProperty().set(LocalDate.of(2026, 11, 22));
        assertEquals("Treatment ended today (Sun 22 Nov 2026)", model.elapsedProperty().get());
        model.endProperty().set(LocalDate.of(2026, 12, 4));
        assertEquals("Treatment has not ended yet: the end date entered is Fri 4 Dec 2026",
                model.elapsedProperty().get());
    }

    @Test
    void aPresetFillsTheLinesAndAnEditMakesThemTheTeamsPlan() {
        FollowUpViewModel model = model();
        model.endProperty().set(LocalDate.of(2025, 11, 30));
        model.choose(choice(model, "canadian-cancer-society"));
        assertEquals(List.of("0", "24", "60"), model.lines().stream().map(l -> l.fromProperty().get()).toList());
        assertEquals(List.of("3", "6", "12"), model.lines().stream().map(l -> l.everyProperty().get()).toList());
        assertEquals("3–6 months", model.range(model.lines().get(0)));
        assertEquals("Preset: Canadian Cancer Society, unchanged. Edit the numbers to match your team’s plan.",
                model.originProperty().get());

        model.lines().get(0).untilProperty().set("12");
        assertEquals("12", model.lines().get(1).fromProperty().get(), "the next line starts where this one ends");
        assertEquals("Your team’s plan (started from Canadian Cancer Society)", model.originProperty().get());

        dialogs.answer = false;
        model.choose(choice(model, "esmo-low-grade"));
        assertEquals(1, dialogs.confirmations.size(), "replacing the team’s lines asks first");
        assertEquals("12", model.lines().get(0).untilProperty().get(), "and No keeps them");
        assertEquals(Optional.of("canadian-cancer-society"), model.presetProperty().get().id());

        model.choose(PresetChoice.NONE);
        assertEquals("Your team’s plan", model.originProperty().get());
        assertEquals(3, model.lines().size(), "choosing no preset keeps the lines");
    }

    @Test
    void aSavedPlanIsShownAsSavedWithWhatTheSourceSaidBesideItsLines() {
        store.followUpPlan().save(new FollowUpPlan(LocalDate.of(2024, 2, 29), List.of(new FollowUpInterval(0, 36, 4),
                new FollowUpInterval(36, 60, 6), new FollowUpInterval(60, 120, 12)), Optional.of(AppointmentKind.MRI),
                Optional.of("esmo-intermediate-high-grade")));
        FollowUpViewModel model = model();
        assertEquals(LocalDate.of(2024, 2, 29), model.endProperty().get());
        assertEquals(AppointmentKind.MRI, model.scanProperty().get());
        assertEquals("4", model.lines().get(0).everyProperty().get());
        assertEquals("3–4 months", model.range(model.lines().get(0)));
        assertTrue(model.said(model.lines().get(2)).contains("stop at year 10, where the app stops drafting"));
        assertEquals("Your team’s plan (started from ESMO: intermediate or high grade)", model.originProperty().get());
    }

    @Test
    void addingSavesThePlanAndTheTickedAppointmentsToBookAndOffersThemNoMore() {
        FollowUpViewModel model = model();
        model.endProperty().set(LocalDate.of(2025, 11, 30));
        model.choose(choice(model, "canadian-cancer-society"));
        model.scanProperty().set(null);
        assertEquals("16 appointments to come, 3 already past.", model.previewNoteProperty().get());
        assertEquals(16, model.chosenCountProperty().get());
        model.proposals().stream().filter(ProposalRow::offered).skip(1).forEach(r -> r.chosenProperty().set(false));
        assertEquals(1, model.chosenCountProperty().get());

        model.addAppointments();

        assertEquals("Plan saved, and 1 appointment added as “to book”.", model.statusProperty().get());
        assertEquals(1, store.appointments().all().size());
        assertEquals(LocalDate.of(2026, 11, 30).atTime(9, 0), store.appointments().all().get(0).start());
        assertEquals(Optional.of("canadian-cancer-society"), store.followUpPlan().load().orElseThrow().presetId());
        ProposalRow first = model.proposals().stream().filter(r -> r.proposal().visit().month() == 12)
                .findFirst().orElseThrow();
        assertEquals("Mon 30 Nov 2026, 09:00 — Follow-up visit (plan) — month 12 — already in your appointments",
                first.text());
        assertEquals(15, model.chosenCountProperty().get(), "the rest are offered again, ticked");
        assertEquals("15 appointments to come, 3 already past, 1 already in your appointments.",
                model.previewNoteProperty().get(), "D19: the counts say why Add offers 15 of 19 dates");
    }

    /** Confirmations answer as told and are recorded. */
    private static final class Dialogs implements DialogService {
        boolean answer = true;
        final List<String> confirmations = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            throw new AssertionError("unexpected error: " + title);
        }

        @Override
        public void showSaveFailure() {
            throw new AssertionError("unexpected save failure");
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            confirmations.add(message);
            return answer;
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String fileName,
                                                                       String filterName, String extension) {
            throw new AssertionError("unexpected file dialog");
        }

        @Override
        public void showInfo(String title, String message) {
            throw new AssertionError("unexpected message: " + title);
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String filterName,
                                                                       String extension) {
            throw new AssertionError("unexpected file dialog");
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
            throw new AssertionError("unexpected folder dialog");
        }
    }
}
