package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalSnapshot;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The keyboard through the window's shell: D3 and D4, Alt+T / Alt+W / Alt+N / Alt+D reach their own field after
 * switching screens, and show it; Enter never saves the whole form, Ctrl+S does; Ctrl+Z undoes a delete (D1, D12);
 * Ctrl+E writes the emergency sheet.
 */
class KeyboardPathViewTest extends JournalUiTest {

    @Test
    void altShortcutsTypeIntoTheirOwnFieldsAfterSwitchingScreens() {
        completeWelcome();
        for (KeyCode screen : new KeyCode[] {KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT1,
                KeyCode.DIGIT7, KeyCode.DIGIT1}) {
            shortcut(screen);
        }
        alt(KeyCode.T);
        write("36.9");
        alt(KeyCode.W);
        write("61");
        alt(KeyCode.N);
        write("ok");

        assertEquals("36.9", text("#checkin-temperature"));
        assertEquals("61", text("#checkin-weight"));
        assertEquals("ok", lookup("#checkin-note").queryAs(TextArea.class).getText());
        assertEquals("", text("#item-esas-pain"), "nothing typed goes into Pain");

        alt(KeyCode.D);
        Node focused = stage.getScene().getFocusOwner();
        DatePicker date = lookup("#checkin-date").queryAs(DatePicker.class);
        assertTrue(focused == date || focused == date.getEditor(), "Alt+D: " + focused);
    }

    @Test
    void aFieldReachedFromTheKeyboardIsScrolledIntoView() {
        completeWelcome();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        FxSettle.settle();
        for (KeyCode key : new KeyCode[] {KeyCode.T, KeyCode.N, KeyCode.W}) {
            alt(key);
            Node focused = stage.getScene().getFocusOwner();
            assertTrue(shownWhole(focused), "Alt+" + key + " shows " + focused.getId());
        }
    }

    @Test
    void enterInAFieldNeverSavesTheWholeFormCtrlSDoes() {
        completeWelcome();
        clickOn("#item-esas-pain").write("3");
        type(KeyCode.ENTER);
        alt(KeyCode.T);
        write("37.1");
        type(KeyCode.ENTER);
        FxSettle.settle();
        assertEquals(0, store.checkIns().count(), "Enter saved nothing");
        assertEquals("3", text("#item-esas-pain"));
        shortcut(KeyCode.S);
        assertEquals(1, store.checkIns().count());
    }

    @Test
    void afterSavingAnAlertTheCursorIsOnWhatDidYouDoAndReadingItTakesTwoKeys() {
        completeWelcome();
        clickOn("#item-esas-pain").write("3");
        alt(KeyCode.T);
        write("38.4");
        shortcut(KeyCode.S);
        FxSettle.settle();
        long id = store.alerts().open().get(0).id();
        assertEquals("alert-note-" + id, stage.getScene().getFocusOwner().getId(), "focus is where the next action is");

        interact(() -> lookup("#item-esas-nausea").query().requestFocus()); // anywhere on Today
        alt(KeyCode.H);
        assertEquals("alert-note-" + id, stage.getScene().getFocusOwner().getId());
        type(KeyCode.ENTER);
        FxSettle.settle();
        assertTrue(store.alerts().open().isEmpty(), "Alt+H, Enter: read");
        assertEquals("item-esas-pain", stage.getScene().getFocusOwner().getId(), "then back to the first field");
    }

    // D1 and D12, moved from UndoDeleteViewTest: deleting an entry in the Journal and undoing it (Ctrl+Z) brings back
    // everything it had, its read alert included; the offer ends when the user moves on (Ctrl+2, Ctrl+1).
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
        FxSettle.settle();

        assertEquals(before, JournalSnapshot.of(store), "every row is back as it was");
        assertEquals(new Acknowledgement(CLOCK.instant(), "Called hotline"),
                store.alerts().forCheckIn(alert.checkInId()).get(0).acknowledgement());
        assertTrue(store.alerts().open().isEmpty(), "a read alert comes back read");
        assertFalse(lookup("#undo-bar").query().isVisible(), "an undo is used once");
        assertEquals(1, lookup("#journal-table").queryTableView().getItems().size());
    }

    @Test
    void theUndoGoesWhenTheUserMovesOnSoAnOldDeleteCannotComeBackBySurprise() {
        oneEntrySelectedInTheJournal("3");
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

    /** Moved from EmergencySheetViewTest, which now mounts Today alone: Ctrl+E is the window's. */
    @Test
    void ctrlEWritesTheSheetFromAnyScreen() throws IOException {
        completeWelcome();
        clickOn(reveal("#checkin-temperature")).write("38.2");
        shortcut(KeyCode.S);
        Path target = dataDir.resolveSibling(dataDir.getFileName() + "-emergency.pdf");
        dialogs.toSave = Optional.of(target);

        shortcut(KeyCode.E);

        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertTrue(text.contains("Name and date of birth are always printed on this sheet"));
        }
        assertEquals(List.of(target), openedFolders);
    }

    /** The stage is shared by every UI test in this JVM: give the next one the usual size back. */
    @org.junit.jupiter.api.AfterEach
    void usualSize() {
        interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
    }

    private void alt(KeyCode key) {
        push(KeyCode.ALT, key);
        FxSettle.settle();
    }

    private String text(String query) {
        return lookup(query).queryAs(TextField.class).getText();
    }
}
