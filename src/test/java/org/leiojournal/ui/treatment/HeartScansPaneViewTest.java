package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;

/** Heart scans added from their report, a typing slip caught at the field, and deleting by keyboard. */
class HeartScansPaneViewTest extends PaneViewTest {

    @Override
    Parent root(TreatmentPanes panes) {
        return panes.heartScans();
    }

    @Test
    void aScanIsAddedAndATypingSlipIsCaughtAtTheField() {
        typeDate("heart-scan-date", "2026-11-20");
        clickOn("#heart-scan-lvef").write("555");
        clickOn("#heart-scan-add");
        assertEquals("That is more than 95 %. Enter the LVEF as the report gives it, from 5 to 95.", // says why
                errorAt("heart-scan-lvef"));
        assertTrue(store.heartScans().all().isEmpty(), "nothing saved");

        replaceText("#heart-scan-lvef", "55");
        assertEquals("", errorAt("heart-scan-lvef"));
        clickOn("#heart-scan-muga");
        clickOn("#heart-scan-add");

        HeartScan saved = store.heartScans().all().get(0);
        assertEquals(LocalDate.of(2026, 11, 20), saved.date());
        assertEquals(HeartScanKind.MUGA, saved.kind());
        assertEquals(new BigDecimal("55"), saved.lvefPercent());
        assertTrue(rowShown("heart-scan-list", "Fri 20 Nov 2026 — MUGA — LVEF 55 %"));
        assertEquals("Added: Fri 20 Nov 2026 — MUGA — LVEF 55 %.", status("heart-scans-status"));
    }

    @Test
    void aDateTheFieldCannotReadStaysWithItsProblemAndNothingIsSaved() {
        javafx.scene.control.DatePicker field = lookup("#heart-scan-date").queryAs(javafx.scene.control.DatePicker.class);
        assertEquals("e.g. 24 Nov 2026", field.getPromptText(), "D7: an example no one reads as 11 Feb");
        typeDate("heart-scan-date", "3rd of Nov");
        clickOn("#heart-scan-lvef").write("55");
        assertEquals("3rd of Nov", field.getEditor().getText(), "D7: never silently cleared");
        String problem = "This is not a date the app can read. Type it like 24 Nov 2026, 24/11/2026 or 2026-11-24.";
        assertEquals(problem, errorAt("heart-scan-date-date"));
        clickOn("#heart-scan-add");
        assertTrue(store.heartScans().all().isEmpty(), "nothing saved while the date cannot be read");
        assertEquals("3rd of Nov", field.getEditor().getText());

        typeDate("heart-scan-date", "Tue 3 Nov 2026");
        clickOn("#heart-scan-add");
        assertEquals("", errorAt("heart-scan-date-date"));
        assertEquals(LocalDate.of(2026, 11, 3), store.heartScans().all().get(0).date(),
                "the app's own format, weekday and all");
    }

    @Test
    void aScanDatedTomorrowIsRefused() {
        typeDate("heart-scan-date", "2026-11-23");
        clickOn("#heart-scan-lvef").write("60");
        clickOn("#heart-scan-add");
        assertEquals("This date is in the future. Enter scans once they have been done.", errorAt("heart-scan-date"));
        assertTrue(store.heartScans().all().isEmpty());
    }

    @Test
    void deleteOnTheListAsksFirst() {
        typeDate("heart-scan-date", "2026-10-01");
        clickOn("#heart-scan-lvef").write("61");
        clickOn("#heart-scan-add");
        ListView<HeartScan> list = lookup("#heart-scan-list").queryListView();
        interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        type(KeyCode.DELETE);
        clickOn("#confirm-ok");
        assertTrue(store.heartScans().all().isEmpty());
        assertTrue(list.getItems().isEmpty());
    }
}
