package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.SymptomItem;

/** Settings change what the check-in asks and how the threshold is read; bad values are refused in place. */
class SettingsViewTest extends JournalUiTest {

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
    void addedItemIsAskedOnTodayAndRetiredItemIsNot() {
        completeWelcome();
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#item-new-name")).write("Numbness or tingling");
        clickOn(reveal("#item-add"));
        SymptomItem added = store.items().all().stream().filter(i -> !i.isBuiltIn()).findFirst().orElseThrow();
        assertEquals("Numbness or tingling", added.name());

        shortcut(KeyCode.DIGIT1);
        String fieldId = "#item-" + added.id();
        tabTo(fieldId.substring(1));
        write("3");
        shortcut(KeyCode.S);
        assertEquals(3, store.checkIns().all().get(0).answer(added.id()).orElseThrow());

        shortcut(KeyCode.DIGIT7);
        interact(() -> lookup("#items-list").queryListView().getSelectionModel().select(added));
        clickOn(reveal("#item-retire"));
        assertTrue(store.items().all().stream().filter(i -> i.id() == added.id()).findFirst().orElseThrow().retired());
        shortcut(KeyCode.DIGIT1);
        assertTrue(lookup(fieldId).tryQuery().isEmpty(), "retired items are no longer asked");
        assertEquals(3, store.checkIns().all().get(0).answer(added.id()).orElseThrow(), "history stays");
    }

    @Test
    void duplicateItemNameAndBadPhoneAreRefused() {
        completeWelcome();
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#item-new-name")).write("pain");
        clickOn(reveal("#item-add"));
        assertEquals("There is already an item called pain.",
                lookup("#item-new-name-error").queryAs(Label.class).getText());
        clickOn(reveal("#contact-name")).write("Hotline");
        clickOn(reveal("#contact-phone")).write("call me");
        clickOn(reveal("#contact-add"));
        assertTrue(lookup("#contact-phone-error").queryAs(Label.class).isVisible());
        assertTrue(store.contacts().all().isEmpty());
        doubleClickOn(reveal("#contact-phone")).eraseText(10).write("+44 161 446 3000");
        clickOn(reveal("#contact-add"));
        assertEquals("+44 161 446 3000", store.contacts().all().get(0).phone());
    }

    @Test
    void openFolderShowsTheJournalFolder() {
        completeWelcome();
        shortcut(KeyCode.DIGIT7);
        assertEquals(store.file().toString(), lookup("#data-path").queryAs(TextField.class).getText());
        clickOn(reveal("#data-open-folder"));
        assertEquals(java.util.List.of(dataDir), openedFolders);
    }

    @Test
    void aBuiltInCountKeepsItsNameButCanBeRetired() {
        completeWelcome();
        shortcut(KeyCode.DIGIT7);
        SymptomItem stools = store.items().all().stream().filter(i -> SymptomItem.LOOSE_STOOLS.equals(i.code()))
                .findFirst().orElseThrow();
        interact(() -> lookup("#items-list").queryListView().getSelectionModel().select(stools));
        assertTrue(lookup("#item-rename").query().isDisabled(), "its meaning drives an alert");
        clickOn(reveal("#item-retire"));
        assertTrue(store.items().all().stream().filter(i -> i.id() == stools.id()).findFirst().orElseThrow().retired());
        shortcut(KeyCode.DIGIT1);
        assertTrue(lookup("#item-count-stools").tryQuery().isEmpty(), "no longer asked");
    }

    @Test
    void theUsualNumberOfStoolsIsNoLongerAskedAndAStoredOneIsKeptOnSave() {
        completeWelcome();
        org.leiojournal.domain.profile.Profile p = store.profile().load();
        store.profile().save(new org.leiojournal.domain.profile.Profile(p.patientName(), p.usualRecorder(),
                p.temperatureUnit(), p.weightUnit(), p.feverThresholdCelsius(), true, 2, p.dateOfBirth()));
        restart();
        shortcut(KeyCode.DIGIT7);
        assertTrue(lookup("#profile-usual-stools").tryQuery().isEmpty(),
                "the loose-stool alert counts loose stools alone, not from a usual number (review M4)");
        clickOn(reveal("#profile-save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, store.profile().load().usualStoolsPerDay(), "the stored number is kept, not lost");
    }
}
