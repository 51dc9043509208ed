package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.ui.testing.FxSettle;

/** The daily path of a patient: first start, a check-in by keyboard alone, then finding, editing and deleting it. */
class CheckInFlowViewTest extends JournalUiTest {

    /** Moved from AlertsViewTest, which now mounts Today alone: the welcome is the window's. */
    @Test
    void theWelcomeSaysNobodyElseSeesTheJournal() {
        String notMonitored = lookup("#welcome-not-monitored").queryAs(Label.class).getText().replace('\u00A0', ' ');
        assertTrue(notMonitored.contains("Nobody else sees this journal"));
        assertTrue(notMonitored.contains("not sent to your care team"));
    }

    // Moved from SettingsViewTest and AlertAndValidationViewTest, which now mount one screen: the welcome is the
    // window's first start.
    @Test
    void welcomeInFahrenheitStoresTheThresholdInCelsius() {
        assertEquals("Use 37.5 °C", lookup("#welcome-threshold-375").queryButton().getText());
        clickOn("#welcome-temp-fahrenheit");
        assertEquals("99.5", lookup("#welcome-threshold").queryAs(TextField.class).getText(), "37.5 °C shown in °F");
        // D17: the buttons and the explanation speak °F too
        assertEquals("Use 99.5 °F (37.5 °C)", lookup("#welcome-threshold-375").queryButton().getText());
        assertEquals("Use 100.4 °F (38.0 °C)", lookup("#welcome-threshold-380").queryButton().getText());
        String why = lookup("#welcome-threshold-why").queryAs(Label.class).getText();
        assertTrue(why.contains("from 99.5 °F (37.5 °C) to 100.4 °F (38.0 °C)")
                && why.contains("96.8 °F (36.0 °C) or below") && !why.contains(" 37.5 °C;"), why);
        clickOn("#welcome-threshold-380");
        assertEquals("100.4", lookup("#welcome-threshold").queryAs(TextField.class).getText());
        completeWelcome();
        Profile saved = store.profile().load();
        assertEquals(TemperatureUnit.FAHRENHEIT, saved.temperatureUnit());
        assertEquals(0, new BigDecimal("38.0").compareTo(saved.feverThresholdCelsius()));
    }

    @Test
    void anImplausibleThresholdIsRefusedNextToTheField() {
        TextField threshold = lookup("#welcome-threshold").queryAs(TextField.class);
        doubleClickOn(threshold).eraseText(6).write("40");
        clickOn("#welcome-start");
        assertTrue(lookup("#welcome-threshold-error").queryAs(Label.class).isVisible());
        assertEquals(false, store.profile().load().welcomeCompleted(), "nothing saved");
    }

    @Test
    void inFahrenheit99Point5IsTheThresholdToo() {
        clickOn("#welcome-temp-fahrenheit");
        completeWelcome();
        clickOn("#checkin-temperature").write("99.5");
        shortcut(KeyCode.S);
        long id = store.alerts().open().get(0).id();
        assertEquals("Rule: 99.5 °F (37.5 °C) or higher (your team’s number)", labelText("#alert-rule-" + id));
        String note = labelText("#alert-note-text-" + id).replace('\u00A0', ' ');
        assertTrue(note.contains("(99.5 °F (37.5 °C) until you change it; some teams say 100.4 °F (38.0 °C))")
                && note.contains("96.8 °F (36.0 °C) or below"), "D17: the rule's note in °F too: " + note);
    }

    /** Who recorded is chosen from the role box's list, which the box makes when first opened (issue 21). */
    @Test
    void whoRecordedIsChosenFromTheRoleBoxsList() {
        completeWelcome();
        clickOn(reveal("#checkin-recorder-role"));
        clickOn("Family caregiver");
        clickOn(reveal("#checkin-temperature")).write("37");
        shortcut(KeyCode.S);
        assertEquals(RecorderRole.FAMILY_CAREGIVER, store.checkIns().all().get(0).recorder().role());
    }

    @Test
    void keyboardOnlyCheckInSurvivesRestartAndCanBeEditedDeletedAndRestored() {
        // First start: the welcome has the focus on its first field; Enter accepts the defaults.
        write("Ana");
        type(KeyCode.ENTER);
        FxSettle.settle();
        assertTrue(store.profile().load().welcomeCompleted());
        assertEquals("Ana", store.profile().load().patientName());

        // Today: the cursor starts on Pain. Type a score, Tab to the next item; leave Wellbeing unanswered.
        String[] scores = {"3", "5", "0", "2", "4", "1", "0", "6", ""};
        for (String score : scores) {
            write(score);
            type(KeyCode.TAB);
        }
        tabTo("checkin-temperature");
        write("37.2");
        type(KeyCode.TAB);
        write("61.5");
        shortcut(KeyCode.S);

        List<CheckIn> saved = store.checkIns().all();
        assertEquals(1, saved.size());
        CheckIn entry = saved.get(0);
        assertEquals(3, entry.answer(itemId(EsasItem.PAIN)).orElseThrow());
        assertEquals(0, entry.answer(itemId(EsasItem.DROWSINESS)).orElseThrow(), "0 is an answer");
        assertTrue(entry.answer(itemId(EsasItem.WELLBEING)).isEmpty(), "empty stays unanswered, never 0");
        assertEquals("37.2 °C", entry.temperatureReading().orElseThrow().display());
        assertEquals("61.5 kg", entry.weightReading().orElseThrow().display());
        assertTrue(lookup("#checkin-status").queryAs(Label.class).getText().startsWith("Saved"));
        assertEquals("", lookup("#item-esas-pain").queryAs(TextField.class).getText(), "form is ready for the next");

        restart();

        // Journal: Ctrl+2, the entry is there; Enter opens it for editing.
        shortcut(KeyCode.DIGIT2);
        TableView<CheckIn> table = lookup("#journal-table").queryTableView();
        assertEquals(1, table.getItems().size());
        type(KeyCode.ENTER);
        FxSettle.settle();
        TextField pain = lookup("#item-esas-pain").queryAs(TextField.class);
        assertEquals("3", pain.getText());
        interact(pain::requestFocus);
        push(KeyCode.CONTROL, KeyCode.A);
        write("4");
        shortcut(KeyCode.S);

        CheckIn edited = store.checkIns().all().get(0);
        assertEquals(entry.id(), edited.id(), "an edit keeps the entry's identity");
        assertEquals(entry.uid(), edited.uid());
        assertEquals(4, edited.answer(itemId(EsasItem.PAIN)).orElseThrow());
        assertEquals(1, store.checkIns().count());

        // Back in the journal after saving the edit; delete asks first, then can be undone.
        assertTrue(lookup("#journal-view").query().isVisible());
        interact(() -> table.getSelectionModel().selectFirst());
        clickOn("#journal-delete");
        clickOn("#confirm-ok");
        assertEquals(0, store.checkIns().count());
        assertTrue(lookup("#undo-bar").query().isVisible());
        clickOn("#undo");
        assertEquals(List.of(edited), store.checkIns().all(), "undo restores the same entry");
        assertEquals(1, table.getItems().size());
    }

    @Test
    void cancellingTheDeleteConfirmationKeepsTheEntry() {
        oneEntrySelectedInTheJournal("2");
        clickOn("#journal-delete");
        clickOn("#confirm-cancel");
        assertEquals(1, store.checkIns().count());
        assertFalse(lookup("#undo-bar").query().isVisible());
    }

    @Test
    void sameAsYesterdayFillsFromTheLastEntryAndLeavesUnansweredEmpty() {
        completeWelcome();
        clickOn(reveal("#checkin-yesterday"));
        clickOn("#item-esas-pain").write("6");
        clickOn("#item-esas-nausea").write("0");
        clickOn("#checkin-temperature").write("36.8");
        clickOn(reveal("#item-count-vomiting")).write("2");
        clickOn(reveal("#checkin-weight")).write("70.5");
        shortcut(KeyCode.S);

        clickOn("#checkin-same");
        assertEquals("6", text("#item-esas-pain"));
        assertEquals("0", text("#item-esas-nausea"));
        assertEquals("", text("#item-esas-tiredness"), "unanswered yesterday stays unanswered");
        assertEquals("", text("#checkin-temperature"), "a temperature is measured afresh");
        assertEquals("", text("#item-count-vomiting"), "a count is today's alone (m5)");
        assertEquals("", text("#checkin-weight"), "a weight is weighed afresh (m5)");
    }

    private String labelText(String query) {
        return lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    private String text(String query) {
        return lookup(query).queryAs(TextField.class).getText();
    }

    private long itemId(EsasItem esas) {
        return store.items().all().stream().filter(i -> esas.code().equals(i.code())).map(SymptomItem::id)
                .findFirst().orElseThrow();
    }

}
