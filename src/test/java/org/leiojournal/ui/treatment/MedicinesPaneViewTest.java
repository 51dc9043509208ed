package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;

/** The medicines pane beside the Today card, as a patient uses them: add, tick, log, undo, correct mistakes. */
class MedicinesPaneViewTest extends PaneViewTest {

    private static final java.time.LocalDate TODAY = MedicinesViewModelTest.TODAY;

    @Override
    Parent root(TreatmentPanes panes) {
        BorderPane root = new BorderPane(panes.medicines());
        panes.medicinesToday().setPrefWidth(420);
        root.setRight(panes.medicinesToday());
        return root;
    }

    private Medicine addMedicine(String name, String dose, String times) {
        clickOn("#medicine-name").write(name);
        clickOn("#medicine-dose").write(dose);
        if (times == null) {
            clickOn("#medicine-schedule-asneeded");
        } else {
            clickOn("#medicine-times").write(times);
        }
        clickOn("#medicine-save");
        return store.medicines().all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aMedicineWithTwoTimesIsTickedOnTheTodayCardAndShowsInTheLog() {
        Medicine saved = addMedicine("Ondansetron", "8 mg", "08:00, 20:00");
        assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), saved.times());
        assertEquals("Ondansetron added.", status("medicines-status"));
        assertTrue(rowShown("medicine-list", "Ondansetron 8 mg — 08:00, 20:00 — from Sun 22 Nov 2026"));

        String morning = "#med-taken-" + saved.id() + "-0800";
        assertEquals("08:00 — Ondansetron 8 mg", lookup(morning).queryAs(CheckBox.class).getText());
        clickOn(morning);

        List<MedicineDose> log = store.medicines().dosesBetween(TODAY, TODAY);
        assertEquals(1, log.size());
        assertEquals(Optional.of(LocalTime.of(8, 0)), log.get(0).scheduledTime());
        assertTrue(lookup(morning).queryAs(CheckBox.class).isSelected());
        assertFalse(lookup("#med-taken-" + saved.id() + "-2000").queryAs(CheckBox.class).isSelected());
        assertTrue(rowShown("medicine-log", "Sun 22 Nov 2026, 09:30 — Ondansetron 8 mg (08:00 dose)"));
        assertEquals("Last 7 days: 1 of 1 set-time doses marked taken (100 %).",
                lookup("#medicine-adherence").queryLabeled().getText());
    }

    @Test
    void badInputIsNamedNextToTheFieldAndNothingIsSaved() {
        clickOn("#medicine-times").write("08:00, 25:00");
        clickOn("#medicine-save");
        assertEquals("Enter the medicine’s name (at most 80 characters).", errorAt("medicine-name"));
        assertEquals("25:00 is not a time of day. Write times as hours and minutes, for example 08:00, 20:00.",
                errorAt("medicine-times"));
        assertEquals("2 fields need attention – nothing was saved yet.", status("medicines-status"));
        assertTrue(store.medicines().all().isEmpty());
        assertEquals("08:00, 25:00", lookup("#medicine-times").queryAs(TextField.class).getText(),
                "nothing typed is lost");

        clickOn("#medicine-name").write("Ondansetron");
        assertEquals("", errorAt("medicine-name"), "typing clears the message");
    }

    @Test
    void theKeyboardTicksADoseAndKeepsItsPlace() {
        Medicine saved = addMedicine("Dexamethasone", "4 mg", "08:00, 14:00");
        String box = "med-taken-" + saved.id() + "-1400";
        tabTo(box);
        type(KeyCode.SPACE);
        assertEquals(1, store.medicines().dosesBetween(TODAY, TODAY).size());
        assertEquals(box, focusedId(), "the focus stays on the ticked box after the card redraws");
        type(KeyCode.SPACE);
        assertTrue(store.medicines().dosesBetween(TODAY, TODAY).isEmpty(), "Space again takes the tick back");
    }

    @Test
    void anAsNeededDoseIsLoggedNowAndCanBeUndone() {
        clickOn("#medicine-schedule-asneeded");
        assertTrue(lookup("#medicine-times").query().isDisabled(), "no times for a medicine taken when needed");
        Medicine saved = addMedicine("Metoclopramide", "10 mg", null);
        assertTrue(saved.isAsNeeded());
        assertTrue(lookup("#medicine-schedule-fixed").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "the emptied form is back on set times");

        clickOn("#med-log-" + saved.id());
        assertTrue(lookup("#med-log-undo-bar").query().isVisible());
        assertEquals(1, store.medicines().dosesBetween(TODAY, TODAY).size());
        assertEquals("Logged Metoclopramide 10 mg at 09:30.", lookup("#med-log-undo-text").queryLabeled().getText());
        assertTrue(rowShown("medicine-log", "Sun 22 Nov 2026, 09:30 — Metoclopramide 10 mg (when needed)"));

        clickOn("#med-log-undo");
        assertTrue(store.medicines().dosesBetween(TODAY, TODAY).isEmpty());
        assertFalse(lookup("#med-log-undo-bar").query().isVisible());
    }

    @Test
    void enterEditsTheSelectedMedicineAndEndingItKeepsItsLog() {
        Medicine saved = addMedicine("Ondansetron", "8 mg", "08:00");
        clickOn("#med-taken-" + saved.id() + "-0800");
        ListView<Medicine> list = lookup("#medicine-list").queryListView();
        interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        assertEquals("medicine-name", focusedId());
        assertEquals("08:00", lookup("#medicine-times").queryAs(TextField.class).getText());
        replaceText("#medicine-dose", "4 mg");
        clickOn("#medicine-save");
        assertEquals("4 mg", store.medicines().all().get(0).dose());

        interact(() -> list.getSelectionModel().select(0));
        clickOn("#medicine-end");
        assertEquals(Optional.of(TODAY), store.medicines().all().get(0).end());
        assertEquals("8 mg", store.medicines().dosesBetween(TODAY, TODAY).get(0).doseText(), "history as taken");
        assertEquals("Ondansetron ends today. Its history stays in the log.", status("medicines-status"));
    }

    @Test
    void aDoseLoggedByMistakeIsRemovedFromTheLogAfterConfirming() {
        Medicine saved = addMedicine("Ondansetron", "8 mg", "08:00");
        clickOn("#med-taken-" + saved.id() + "-0800");
        ListView<MedicineDose> log = lookup("#medicine-log").queryListView();
        interact(() -> log.getSelectionModel().select(0));
        clickOn("#medicine-log-remove");
        clickOn("#confirm-cancel");
        assertEquals(1, store.medicines().dosesBetween(TODAY, TODAY).size());
        clickOn("#medicine-log-remove");
        clickOn("#confirm-ok");
        assertTrue(store.medicines().dosesBetween(TODAY, TODAY).isEmpty());
        assertFalse(lookup("#med-taken-" + saved.id() + "-0800").queryAs(CheckBox.class).isSelected());
    }
}
