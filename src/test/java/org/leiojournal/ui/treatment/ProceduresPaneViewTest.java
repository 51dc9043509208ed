package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/** Operations and radiotherapy courses entered, corrected and deleted in their pane. */
class ProceduresPaneViewTest extends PaneViewTest {

    @Override
    Parent root(TreatmentPanes panes) {
        return panes.procedures();
    }

    @Test
    void radiotherapyEndingBeforeItStartsIsRefusedAtTheFieldThenSavedOnceCorrected() {
        typeDate("radiotherapy-start", "2026-11-23");
        typeDate("radiotherapy-end", "2026-11-20");
        clickOn("#radiotherapy-fractions").write("25");
        clickOn("#radiotherapy-save");
        assertEquals("The last day cannot be before the first day.", errorAt("radiotherapy-end"));
        assertTrue(store.procedures().radiotherapyCourses().isEmpty(), "nothing saved");

        typeDate("radiotherapy-end", "28/12/2026");
        clickOn("#radiotherapy-site").write("Mediastinum");
        clickOn("#radiotherapy-chest");
        assertTrue(lookup("#radiotherapy-chest-hint").query().isVisible());
        clickOn("#radiotherapy-save");

        List<Radiotherapy> saved = store.procedures().radiotherapyCourses();
        assertEquals(1, saved.size());
        assertEquals(LocalDate.of(2026, 11, 23), saved.get(0).start());
        assertEquals(LocalDate.of(2026, 12, 28), saved.get(0).end());
        assertEquals(Optional.of(25), saved.get(0).fractions());
        assertTrue(saved.get(0).chestOrMediastinal());
        assertTrue(rowShown("radiotherapy-list",
                "Mon 23 Nov 2026 to Mon 28 Dec 2026 — Mediastinum — 25 treatments — "
                        + "chest or mediastinum (planned)"));
        assertEquals("", errorAt("radiotherapy-end"));
    }

    @Test
    void tooManyFractionsAreRefusedAtTheField() {
        typeDate("radiotherapy-start", "2026-01-05");
        typeDate("radiotherapy-end", "2026-02-13");
        clickOn("#radiotherapy-fractions").write("250");
        clickOn("#radiotherapy-save");
        assertEquals("Enter the number of treatments as a whole number from 1 to 100, or leave it empty.",
                errorAt("radiotherapy-fractions"));
        assertTrue(store.procedures().radiotherapyCourses().isEmpty());
    }

    @Test
    void anOperationIsAddedEditedWithEnterAndDeletedOnlyAfterConfirming() {
        clickOn("#surgery-save");
        assertEquals("Choose the date of the operation (a planned date is fine).", errorAt("surgery-date"));
        assertEquals("Enter what the operation was (at most 120 characters).", errorAt("surgery-procedure"));

        typeDate("surgery-date", "2025-06-03");
        clickOn("#surgery-procedure").write("Hysterectomy");
        clickOn("#surgery-save");
        Surgery saved = store.procedures().surgeries().get(0);
        assertEquals("Hysterectomy", saved.procedure());
        assertTrue(rowShown("surgery-list", "Tue 3 Jun 2025 — Hysterectomy"));

        ListView<Surgery> list = lookup("#surgery-list").queryListView();
        interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        type(KeyCode.ENTER);
        assertEquals("Hysterectomy", lookup("#surgery-procedure").queryAs(TextField.class).getText());
        replaceText("#surgery-procedure", "Total abdominal hysterectomy");
        clickOn("#surgery-save");
        assertEquals(List.of("Total abdominal hysterectomy"),
                store.procedures().surgeries().stream().map(Surgery::procedure).toList(), "changed, not added");

        interact(() -> list.getSelectionModel().select(0));
        clickOn("#surgery-delete");
        clickOn("#confirm-cancel");
        assertEquals(1, store.procedures().surgeries().size());
        clickOn("#surgery-delete");
        clickOn("#confirm-ok");
        assertTrue(store.procedures().surgeries().isEmpty());
        assertEquals("Deleted: Tue 3 Jun 2025 — Total abdominal hysterectomy.", status("procedures-status"));
    }

    @Test
    void theEditButtonOpensTheChosenCourseInTheFormWithTheCursorOnItsFirstDay() {
        assertTrue(lookup("#radiotherapy-edit").query().isDisabled(), "nothing chosen yet");
        assertTrue(lookup("#radiotherapy-delete").query().isDisabled(), "nothing chosen yet");
        typeDate("radiotherapy-start", "2026-01-05");
        typeDate("radiotherapy-end", "2026-02-13");
        clickOn("#radiotherapy-site").write("Pelvis");
        clickOn("#radiotherapy-save");
        assertEquals("", lookup("#radiotherapy-site").queryAs(TextField.class).getText(), "the form is cleared");

        ListView<Radiotherapy> list = lookup("#radiotherapy-list").queryListView();
        interact(() -> list.getSelectionModel().select(0));
        assertTrue(!lookup("#radiotherapy-delete").query().isDisabled(), "a course is chosen");
        clickOn("#radiotherapy-edit");
        assertEquals("Pelvis", lookup("#radiotherapy-site").queryAs(TextField.class).getText());
        assertEquals(lookup("#radiotherapy-start").query(), list.getScene().getFocusOwner());
    }
}
