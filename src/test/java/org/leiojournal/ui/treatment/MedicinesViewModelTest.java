package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.MedicineValidator;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;

/** The medicines pane's model and the Today card's model, on a real journal, without the toolkit. */
class MedicinesViewModelTest {

    /** 09:30 in London on Sunday 22 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private JournalStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MedicineLog data;
    private MedicinesViewModel model;
    private MedicinesTodayViewModel today;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, CLOCK);
        Messages messages = new Messages(Locale.UK);
        data = new MedicineLog(store.medicines(), UiContexts.inline(dialogs, messages, CLOCK));
        model = new MedicinesViewModel(data, dialogs, messages);
        today = new MedicinesTodayViewModel(data, messages);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Medicine addFixed(String name, String times) {
        model.form().name().set(name);
        model.form().dose().set("8 mg");
        model.form().times().set(times);
        model.save();
        return store.medicines().all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aMedicineWithTwoTimesIsSavedAndIsDueTodayAtBoth() {
        assertEquals(TODAY, model.form().start().get(), "a new medicine starts today");
        Medicine saved = addFixed("Ondansetron", "20:00, 08:00");

        assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), saved.times());
        assertEquals("Ondansetron added.", model.statusProperty().get());
        assertEquals("", model.form().name().get(), "the form is ready for the next");
        assertEquals(List.of(saved), model.medicines());
        assertEquals("Ondansetron 8 mg — 08:00, 20:00 — from Sun 22 Nov 2026", model.describe(saved));
        assertEquals(List.of("08:00 — Ondansetron 8 mg", "20:00 — Ondansetron 8 mg"),
                today.due().stream().map(today::label).toList());
    }

    @Test
    void badInputIsNamedAtEachFieldAndNothingIsSaved() {
        model.form().name().set(" ");
        model.form().times().set("8 o’clock");
        model.form().end().set(TODAY.minusDays(1));
        model.save();

        assertEquals("Enter the medicine’s name (at most 80 characters).",
                model.errors().get(MedicineValidator.Field.NAME));
        assertTrue(model.errors().get(MedicineValidator.Field.TIMES).startsWith("8 is not a time of day."));
        assertEquals("The last day cannot be before the first day.", model.errors().get(MedicineValidator.Field.END));
        assertEquals("3 fields need attention – nothing was saved yet.", model.statusProperty().get());
        assertTrue(store.medicines().all().isEmpty());

        model.form().name().set("Ondansetron");
        assertFalse(model.errors().containsKey(MedicineValidator.Field.NAME), "typing clears the field’s message");
    }

    @Test
    void anAsNeededMedicineIgnoresTheTimesLeftInTheDisabledField() {
        model.form().name().set("Metoclopramide");
        model.form().times().set("08:00");
        model.form().schedule().set(MedicineSchedule.AS_NEEDED);
        model.save();
        Medicine saved = store.medicines().all().get(0);
        assertTrue(saved.isAsNeeded());
        assertEquals(List.of(), saved.times());
        assertEquals(List.of(saved), today.asNeeded());
        assertEquals("Metoclopramide — when needed; not taken today", today.summary(saved));
    }

    @Test
    void tickingADoseLogsItNowAndUntickingTakesItBack() {
        Medicine saved = addFixed("Ondansetron", "08:00, 20:00");
        today.setTaken(today.due().get(0), true);

        List<MedicineDose> log = store.medicines().dosesBetween(TODAY, TODAY);
        assertEquals(1, log.size());
        assertEquals(Optional.of(LocalTime.of(8, 0)), log.get(0).scheduledTime());
        assertEquals(CLOCK.instant(), log.get(0).takenAt().toInstant());
        assertTrue(today.due().get(0).isTaken());
        assertEquals("taken at 09:30", today.takenNote(today.due().get(0)));
        assertEquals(List.of("Sun 22 Nov 2026, 09:30 — Ondansetron 8 mg (08:00 dose)"),
                model.log().stream().map(model::describe).toList());
        assertEquals("Last 7 days: 1 of 1 set-time doses marked taken (100 %).", model.adherenceProperty().get());

        today.setTaken(today.due().get(0), false);
        assertTrue(store.medicines().dosesBetween(TODAY, TODAY).isEmpty());
        assertFalse(today.due().get(0).isTaken());
        assertEquals(saved.id(), today.due().get(0).medicine().id());
        assertEquals("Last 7 days: 0 of 1 set-time doses marked taken (0 %). Not marked: Sun 22 Nov 2026 08:00 "
                + "Ondansetron.", model.adherenceProperty().get());
    }

    @Test
    void anAsNeededDoseIsLoggedNowAndCanBeUndone() {
        model.form().name().set("Metoclopramide");
        model.form().dose().set("10 mg");
        model.form().schedule().set(MedicineSchedule.AS_NEEDED);
        model.save();
        Medicine saved = today.asNeeded().get(0);

        today.logDose(saved);
        assertEquals(1, store.medicines().dosesBetween(TODAY, TODAY).size());
        assertEquals("Logged Metoclopramide 10 mg at 09:30.", today.lastLoggedMessage());
        assertEquals("Metoclopramide 10 mg — when needed; taken today: 1, last at 09:30", today.summary(saved));

        today.undoLastLog();
        assertTrue(store.medicines().dosesBetween(TODAY, TODAY).isEmpty());
        assertEquals(null, today.lastLoggedProperty().get());
        assertEquals("Dose taken back out of the log.", today.statusProperty().get());
    }

    @Test
    void editingAMedicineNeverRewritesTheDosesAlreadyTaken() {
        Medicine saved = addFixed("Dexamethasone", "08:00");
        today.setTaken(today.due().get(0), true);
        model.edit(saved);
        assertEquals("08:00", model.form().times().get());
        model.form().dose().set("2 mg");
        model.save();

        assertEquals("2 mg", store.medicines().all().get(0).dose());
        assertEquals("8 mg", store.medicines().dosesBetween(TODAY, TODAY).get(0).doseText());
        assertEquals("Changes to Dexamethasone saved.", model.statusProperty().get());
    }

    @Test
    void endingAMedicineKeepsItsHistoryAndItIsListedAfterCurrentOnesOnceOver() {
        Medicine ondansetron = addFixed("Ondansetron", "08:00");
        today.setTaken(today.due().get(0), true);
        model.end(ondansetron);
        Medicine ended = store.medicines().all().get(0);
        assertEquals(Optional.of(TODAY), ended.end(), "today is its last day");
        assertEquals("Ondansetron ends today. Its history stays in the log.", model.statusProperty().get());
        assertFalse(model.canEnd(ended));
        assertEquals(1, store.medicines().dosesBetween(TODAY, TODAY).size());

        // An earlier medicine that ended yesterday is listed after the current one, greyed and marked.
        model.form().name().set("Aprepitant");
        model.form().times().set("08:00");
        model.form().start().set(TODAY.minusDays(3));
        model.form().end().set(TODAY.minusDays(1));
        model.save();
        Medicine aprepitant = model.medicines().get(1);
        assertEquals("Aprepitant", aprepitant.name());
        assertTrue(model.isEnded(aprepitant));
        assertTrue(model.describe(aprepitant).endsWith("(ended)"));
        assertEquals(List.of("Ondansetron"), today.due().stream().map(d -> d.medicine().name()).toList());
    }

    @Test
    void aMedicineThatHasNotStartedCannotBeEndedAndIsNotDueYet() {
        model.form().name().set("Filgrastim");
        model.form().times().set("18:00");
        model.form().start().set(TODAY.plusDays(3));
        model.save();
        Medicine planned = store.medicines().all().get(0);
        model.end(planned);
        assertEquals(Optional.empty(), store.medicines().all().get(0).end());
        assertEquals("Filgrastim has not started yet. Change its first or last day instead.",
                model.statusProperty().get());
        assertTrue(today.due().isEmpty());
    }

    @Test
    void removingADoseFromTheLogAsksFirst() {
        addFixed("Ondansetron", "08:00");
        today.setTaken(today.due().get(0), true);
        MedicineDose dose = model.log().get(0);
        dialogs.answer = false;
        model.removeFromLog(dose);
        assertEquals(1, model.log().size());
        dialogs.answer = true;
        model.removeFromLog(dose);
        assertEquals(0, model.log().size());
        assertEquals(2, dialogs.confirmations.size());
    }

    @Test
    void aFailedSaveSaysSoAndKeepsTheTickedBoxHonest() {
        addFixed("Ondansetron", "08:00");
        store.close();
        today.setTaken(today.due().get(0), true);
        assertEquals(1, dialogs.saveFailures);
        assertFalse(today.due().get(0).isTaken(), "the box goes back to what the journal holds");
        assertEquals("Not saved. What you typed is still here.", today.statusProperty().get());
        model.form().name().set("Aprepitant");
        model.form().times().set("08:00");
        model.save();
        assertEquals(2, dialogs.saveFailures);
        assertEquals("Aprepitant", model.form().name().get(), "what was typed stays");
    }
}
