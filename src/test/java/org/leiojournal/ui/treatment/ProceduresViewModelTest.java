package org.leiojournal.ui.treatment;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.common.UndoDelete;

/** Operations, radiotherapy and heart scans through their view models, on a real journal, without the toolkit. */
class ProceduresViewModelTest {

    private static final LocalDate TODAY = MedicinesViewModelTest.TODAY;

    @TempDir
    Path folder;

    private JournalStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ProceduresViewModel procedures;
    private HeartScansViewModel scans;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        Messages messages = new Messages(Locale.UK);
        UiContext ui = UiContexts.inline(dialogs, messages, MedicinesViewModelTest.CLOCK);
        procedures = new ProceduresViewModel(store.procedures(), ui, new UndoDelete());
        scans = new HeartScansViewModel(store.heartScans(), ui, new UndoDelete());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void radiotherapyEndingBeforeItStartsIsRefusedAtTheLastDay() {
        procedures.radiotherapy().start().set(TODAY);
        procedures.radiotherapy().end().set(TODAY.minusDays(3));
        procedures.radiotherapy().fractions().set("0");
        procedures.saveRadiotherapy();

        assertEquals("The last day cannot be before the first day.", procedures.errors().get(Radiotherapy.Field.END));
        assertEquals("Enter the number of treatments as a whole number from 1 to 100, or leave it empty.",
                procedures.errors().get(Radiotherapy.Field.FRACTIONS));
        assertTrue(store.procedures().radiotherapyCourses().isEmpty());
        procedures.radiotherapy().end().set(TODAY.plusDays(34));
        assertEquals(null, procedures.errors().get(Radiotherapy.Field.END), "changing the field clears its message");
    }

    @Test
    void aPlannedChestCourseIsSavedEditedAndDescribed() {
        procedures.radiotherapy().start().set(TODAY.plusDays(7));
        procedures.radiotherapy().end().set(TODAY.plusDays(11));
        procedures.radiotherapy().fractions().set("5");
        procedures.radiotherapy().site().set("Mediastinum");
        procedures.radiotherapy().technique().set("SABR");
        procedures.radiotherapy().chest().set(true);
        procedures.saveRadiotherapy();

        Radiotherapy saved = store.procedures().radiotherapyCourses().get(0);
        assertTrue(saved.chestOrMediastinal());
        assertEquals(List.of(saved), procedures.radiotherapyCourses());
        assertEquals("Sun 29 Nov 2026 to Thu 3 Dec 2026 — Mediastinum — SABR — 5 treatments — "
                + "chest or mediastinum (planned)", procedures.describe(saved));
        assertEquals(null, procedures.radiotherapy().start().get(), "the form is cleared");

        procedures.editRadiotherapy(saved);
        assertEquals("5", procedures.radiotherapy().fractions().get());
        procedures.radiotherapy().fractions().set("");
        procedures.saveRadiotherapy();
        assertEquals(Optional.empty(), store.procedures().radiotherapyCourses().get(0).fractions());
        assertEquals(1, store.procedures().radiotherapyCourses().size(), "an edit, not a second course");
    }

    @Test
    void anOperationNeedsAProcedureAndIsDeletedOnlyAfterConfirming() {
        procedures.surgery().date().set(LocalDate.of(2025, 6, 3));
        procedures.saveSurgery();
        assertEquals("Enter what the operation was (at most 120 characters).",
                procedures.errors().get(Surgery.Field.PROCEDURE));
        assertTrue(store.procedures().surgeries().isEmpty());

        procedures.surgery().procedure().set("Hysterectomy");
        procedures.surgery().site().set("Uterus");
        procedures.saveSurgery();
        Surgery saved = procedures.surgeries().get(0);
        assertEquals("Tue 3 Jun 2025 — Hysterectomy — Uterus", procedures.describe(saved));
        assertEquals("Saved: Tue 3 Jun 2025 — Hysterectomy — Uterus.", procedures.statusProperty().get());

        dialogs.answer = false;
        procedures.deleteSurgery(saved);
        assertEquals(1, store.procedures().surgeries().size());
        dialogs.answer = true;
        procedures.deleteSurgery(saved);
        assertTrue(store.procedures().surgeries().isEmpty());
        assertTrue(procedures.surgeries().isEmpty());
        assertEquals(List.of("Tue 3 Jun 2025 — Hysterectomy — Uterus will be deleted from your treatment history. "
                + "This cannot be undone."), dialogs.confirmations.subList(0, 1));
    }

    @Test
    void aHeartScanIsAddedWhenItsLvefIsPlausibleAndItsDateNotInTheFuture() {
        scans.dateProperty().set(TODAY.plusDays(1));
        scans.lvefProperty().set("585");
        scans.add();
        assertEquals("This date is in the future. Enter scans once they have been done.",
                scans.errors().get(HeartScan.Field.DATE));
        assertEquals("That is more than 95 %. Enter the LVEF as the report gives it, from 5 to 95.", // 585: says why
                scans.errors().get(HeartScan.Field.LVEF));
        assertTrue(store.heartScans().all().isEmpty());

        scans.dateProperty().set(TODAY.minusDays(2));
        scans.kindProperty().set(HeartScanKind.MUGA);
        scans.lvefProperty().set("58,5");
        scans.add();
        HeartScan saved = store.heartScans().all().get(0);
        assertEquals(new BigDecimal("58.5"), saved.lvefPercent());
        assertEquals(HeartScanKind.MUGA, saved.kind());
        assertEquals("Fri 20 Nov 2026 — MUGA — LVEF 58.5 %", scans.describe(saved));
        assertEquals("", scans.lvefProperty().get());

        scans.delete(saved);
        assertTrue(store.heartScans().all().isEmpty());
        assertEquals("Deleted: Fri 20 Nov 2026 — MUGA — LVEF 58.5 %.", scans.statusProperty().get());
    }

    @Test
    void aHeartScanDeletedOnlyAfterConfirmingComesBackOnUndoAndTheStatusNoLongerSaysDeleted() {
        UndoDelete undo = new UndoDelete();
        HeartScansViewModel withUndo = new HeartScansViewModel(store.heartScans(),
                UiContexts.inline(dialogs, MedicinesViewModelTest.CLOCK), undo);
        HeartScan saved = store.heartScans().save(new HeartScan(0, TODAY.minusDays(2), HeartScanKind.ECHO,
                new BigDecimal("61"), ""));
        withUndo.reload();

        dialogs.answer = false;
        withUndo.delete(saved);
        assertEquals(List.of(saved), store.heartScans().all(), "a delete the user did not confirm deletes nothing");
        assertFalse(undo.isOffered());

        dialogs.answer = true;
        withUndo.delete(saved);
        assertTrue(store.heartScans().all().isEmpty());
        assertTrue(withUndo.scans().isEmpty(), "the list is read again after the delete");
        assertEquals("Deleted: Fri 20 Nov 2026 — Echo — LVEF 61 %.", withUndo.statusProperty().get());

        undo.undo();
        assertEquals(List.of(saved), store.heartScans().all(), "undo brings the same scan back");
        assertEquals(List.of(saved), withUndo.scans(), "and the list shows it again");
        assertEquals("", withUndo.statusProperty().get(), "the status no longer says it was deleted");
    }

    @Test
    void deletingAnotherOperationKeepsTheOneOpenInTheFormButDeletingTheOpenOneClearsIt() {
        for (String name : List.of("Hysterectomy", "Lung wedge resection")) {
            procedures.surgery().date().set(LocalDate.of(2025, 6, 3));
            procedures.surgery().procedure().set(name);
            procedures.saveSurgery();
        }
        Surgery open = procedures.surgeries().stream().filter(s -> s.procedure().equals("Hysterectomy")).findFirst()
                .orElseThrow();
        Surgery other = procedures.surgeries().stream().filter(s -> s != open).findFirst().orElseThrow();
        procedures.editSurgery(open);
        procedures.surgery().procedure().set("Hysterectomy and BSO"); // typed, not yet saved
        dialogs.answer = true;

        procedures.deleteSurgery(other);
        assertEquals("Hysterectomy and BSO", procedures.surgery().procedure().get(), "what the user typed stays");
        assertEquals(open, procedures.editingSurgeryProperty().get());

        procedures.deleteSurgery(open);
        assertEquals("", procedures.surgery().procedure().get(), "the form no longer edits a deleted operation");
        assertEquals(null, procedures.editingSurgeryProperty().get());
    }
}
