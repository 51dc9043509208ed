package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Bad input is named next to its field and saves nothing; a fever raises the "contact your care team" panel.
 * Mounts Today alone; the welcome in °F then a fever is the window's first start ({@link CheckInFlowViewTest}).
 */
class AlertAndValidationViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void temperatureOutOfRangeIsExplainedAndNothingIsSaved() {
        clickOn("#item-esas-pain").write("4");
        clickOn("#checkin-temperature").write("44");
        saveCheckIn();

        Label error = lookup("#checkin-temperature-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Enter a temperature from 34.0–43.0 °C, or leave it empty.", error.getText());
        assertEquals(0, store.checkIns().count(), "nothing is written");
        assertEquals("44", lookup("#checkin-temperature").queryAs(TextField.class).getText(), "typing is kept");
        assertEquals("4", lookup("#item-esas-pain").queryAs(TextField.class).getText());
        assertFalse(lookup("#alert-panel").query().isVisible());
    }

    @Test
    void scoreAboveTenIsExplainedWhenLeavingTheField() {
        clickOn("#item-esas-nausea").write("11");
        type(KeyCode.TAB);
        Label error = lookup("#item-esas-nausea-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Enter a whole number from 0 to 10, or leave it empty.", error.getText());
        saveCheckIn();
        assertEquals(0, store.checkIns().count());
        // Correcting the value clears the message and the save goes through.
        doubleClickOn("#item-esas-nausea").write("1");
        assertFalse(error.isVisible());
        saveCheckIn();
        assertEquals(1, store.checkIns().count());
    }

    @Test
    void feverAtTheThresholdRaisesTheContactPanelWithWhatFired() {
        clickOn("#checkin-temperature").write("37.5");
        saveCheckIn();

        assertTrue(lookup("#alert-panel").query().isVisible());
        long id = store.alerts().open().get(0).id();
        assertEquals("Temperature 37.5 °C, recorded Sun 22 Nov 2026, 09:30", text("#alert-seen-" + id));
        assertEquals("Rule: 37.5 °C or higher (your team’s number)", text("#alert-rule-" + id));
        assertTrue(lookup("#alert-add-number").query().isVisible(), "offers to add the missing number");
        assertEquals(1, store.checkIns().count(), "the reading itself is saved");

        clickOn("#alert-add-number");
        assertTrue(lookup("#settings-view").query().isVisible());
    }

    @Test
    void belowTheThresholdNoPanel() {
        clickOn("#checkin-temperature").write("37.4");
        saveCheckIn();
        assertFalse(lookup("#alert-panel").query().isVisible());
        assertEquals(java.util.List.of(), store.alerts().open());
    }

    @Test
    void lowTemperatureRaisesThePanelAndShowsTheSavedNumberUntilItIsRead() {
        interact(() -> screens.state().contacts().add(store.contacts().add(
                new CareContact(0, "Chemo hotline", "0161 446 3000", "24 hours"))));
        clickOn("#checkin-temperature").write("36.0");
        saveCheckIn();

        long id = store.alerts().open().get(0).id();
        assertEquals("Rule: 36.0 °C or lower", text("#alert-rule-" + id));
        assertTrue(lookup(".alert-number").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Chemo hotline: 0161 446 3000 (24 hours)")));
        assertFalse(lookup("#alert-add-number").query().isVisible());
        pressFromKeyboard("#alert-ack-" + id);
        assertFalse(lookup("#alert-panel").query().isVisible());
        assertFalse(store.alerts().forCheckIn(store.checkIns().all().get(0).id()).get(0).isOpen(),
                "read, and stored as read");
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    @Test
    void aFailedWriteShowsADialogAndKeepsWhatWasTyped() {
        clickOn("#item-esas-pain").write("7");
        clickOn(reveal("#checkin-note")).write("bad night");
        interact(store::close); // the file can no longer be written
        saveCheckIn();
        FxSettle.settle();

        assertTrue(lookup("#error-dialog").tryQuery().isPresent(), "a clear dialog, not a stack trace");
        clickOn("OK");
        assertEquals("7", lookup("#item-esas-pain").queryAs(TextField.class).getText());
        assertEquals("bad night", lookup("#checkin-note").queryAs(javafx.scene.control.TextArea.class).getText());
        store = null; // already closed
    }
}
