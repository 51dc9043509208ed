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
        assertEquals("Enter the LVEF from the report as a percentage from 5 to 95, for example 58.",
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
