package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.FailingDisk;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * A check-in whose save fails (a full disk, a journal that can no longer be written) loses nothing: a message says
 * why, the form keeps what was typed, the journal keeps what it had, and the same Save works once the cause is gone.
 */
class FailedWriteViewTest extends ScreenViewTest {

    private static final String LONG_NOTE = "Woke at 3 with cramps, then slept. ".repeat(150);

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void aFullDiskSaysSoKeepsTheFormAndSavesOnceThereIsRoom() {
        fillForm();
        FailingDisk.full(store);
        saveCheckIn();
        assertTrue(errorText().contains("no space left"), errorText());
        closeError();
        assertFormKept();

        FailingDisk.healthy(store);
        saveCheckIn();
        assertEquals(1, store.checkIns().count());
        assertEquals(LONG_NOTE, store.checkIns().all().get(0).note());
    }

    @Test
    void aJournalThatCannotBeWrittenSaysSoAndKeepsTheForm() {
        fillForm();
        FailingDisk.readOnly(store);
        saveCheckIn();
        assertTrue(errorText().contains("cannot be written to"), errorText());
        closeError();
        assertFormKept();

        FailingDisk.healthy(store);
        saveCheckIn();
        assertEquals(1, store.checkIns().count());
    }

    private void fillForm() {
        clickOn("#item-esas-pain").write("4");
        interact(() -> lookup("#checkin-note").queryAs(TextArea.class).setText(LONG_NOTE));
    }

    private void assertFormKept() {
        assertEquals(0, store.checkIns().count(), "nothing half-saved");
        assertEquals("4", lookup("#item-esas-pain").queryAs(TextField.class).getText());
        assertEquals(LONG_NOTE, lookup("#checkin-note").queryAs(TextArea.class).getText());
        assertTrue(lookup("#checkin-status").queryLabeled().getText().startsWith("Not saved"));
    }

    private String errorText() {
        FxSettle.settle();
        return ((javafx.scene.control.Label) lookup("#error-dialog").queryAs(DialogPane.class).getContent()).getText();
    }

    private void closeError() {
        type(KeyCode.ENTER);
        FxSettle.settle();
    }
}
