package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalSnapshot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * D1 and D12: deleting an entry in the Journal and undoing it (Ctrl+Z) brings back everything it had, its read alert
 * included; the offer ends when the user moves on.
 */
class UndoDeleteViewTest extends JournalUiTest {

    @Test
    void undoAfterDeleteBringsBackTheEntryItsAlertAndWhatTheUserDidAboutIt() {
        completeWelcome();
        clickOn("#item-esas-pain").write("3");
        clickOn(reveal("#checkin-temperature")).write("38.2");
        shortcut(KeyCode.S);
        Alert alert = store.alerts().open().get(0);
        clickOn(reveal("#alert-note-" + alert.id())).write("Called hotline");
        clickOn(reveal("#alert-ack-" + alert.id()));
        Map<String, List<JournalRow>> before = JournalSnapshot.of(store);
        assertEquals(1, before.get("alert").size());

        shortcut(KeyCode.DIGIT2);
        interact(() -> lookup("#journal-table").queryTableView().getSelectionModel().selectFirst());
        clickOn("#journal-delete");
        clickOn("#confirm-ok");
        assertEquals(0, store.checkIns().count());
        assertEquals(List.of(), store.alerts().forCheckIn(alert.checkInId()));
        assertTrue(lookup("#undo-bar").query().isVisible());
        shortcut(KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, JournalSnapshot.of(store), "every row is back as it was");
        assertEquals(new Acknowledgement(CLOCK.instant(), "Called hotline"),
                store.alerts().forCheckIn(alert.checkInId()).get(0).acknowledgement());
        assertTrue(store.alerts().open().isEmpty(), "a read alert comes back read");
        assertFalse(lookup("#undo-bar").query().isVisible(), "an undo is used once");
        assertEquals(1, lookup("#journal-table").queryTableView().getItems().size());
    }

    @Test
    void theUndoGoesWhenTheUserMovesOnSoAnOldDeleteCannotComeBackBySurprise() {
        completeWelcome();
        clickOn("#item-esas-pain").write("3");
        shortcut(KeyCode.S);
        shortcut(KeyCode.DIGIT2);
        interact(() -> lookup("#journal-table").queryTableView().getSelectionModel().selectFirst());
        clickOn("#journal-table");
        type(KeyCode.DELETE);
        clickOn("#confirm-ok");
        assertTrue(lookup("#undo-bar").query().isVisible());

        shortcut(KeyCode.DIGIT1);
        assertFalse(lookup("#undo-bar").query().isVisible(), "moving to another screen ends the offer");
        shortcut(KeyCode.DIGIT2);
        shortcut(KeyCode.Z);
        assertEquals(0, store.checkIns().count(), "Ctrl+Z no longer brings the old entry back");
    }
}
