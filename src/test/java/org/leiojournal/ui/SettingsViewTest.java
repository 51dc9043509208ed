package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Settings change what the check-in asks; bad values are refused in place. Mounts Settings alone; the welcome's
 * threshold tests are the window's first start ({@link CheckInFlowViewTest}).
 */
class SettingsViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Test
    void addedItemIsAskedOnTodayAndRetiredItemIsNot() {
        clickOn(reveal("#item-new-name")).write("Numbness or tingling");
        clickOn(reveal("#item-add"));
        SymptomItem added = store.items().all().stream().filter(i -> !i.isBuiltIn()).findFirst().orElseThrow();
        assertEquals("Numbness or tingling", added.name());

        visit(Screen.TODAY);
        String fieldId = "#item-" + added.id();
        tabTo(fieldId.substring(1));
        write("3");
        saveCheckIn();
        assertEquals(3, store.checkIns().all().get(0).answer(added.id()).orElseThrow());

        visit(Screen.SETTINGS);
        interact(() -> lookup("#items-list").queryListView().getSelectionModel().select(added));
        clickOn(reveal("#item-retire"));
        assertTrue(store.items().all().stream().filter(i -> i.id() == added.id()).findFirst().orElseThrow().retired());
        visit(Screen.TODAY);
        assertTrue(lookup(fieldId).tryQuery().isEmpty(), "retired items are no longer asked");
        assertEquals(3, store.checkIns().all().get(0).answer(added.id()).orElseThrow(), "history stays");
    }

    @Test
    void duplicateItemNameAndBadPhoneAreRefused() {
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
        assertEquals(store.file().toString(), lookup("#data-path").queryAs(TextField.class).getText());
        clickOn(reveal("#data-open-folder"));
        assertEquals(java.util.List.of(dataDir), openedFolders);
    }

    @Test
    void aBuiltInCountKeepsItsNameButCanBeRetired() {
        SymptomItem stools = store.items().all().stream().filter(i -> SymptomItem.LOOSE_STOOLS.equals(i.code()))
                .findFirst().orElseThrow();
        interact(() -> lookup("#items-list").queryListView().getSelectionModel().select(stools));
        assertTrue(lookup("#item-rename").query().isDisabled(), "its meaning drives an alert");
        clickOn(reveal("#item-retire"));
        assertTrue(store.items().all().stream().filter(i -> i.id() == stools.id()).findFirst().orElseThrow().retired());
        visit(Screen.TODAY);
        assertTrue(lookup("#item-count-stools").tryQuery().isEmpty(), "no longer asked");
    }

    @Test
    void theUsualNumberOfStoolsIsNoLongerAskedAndAStoredOneIsKeptOnSave() {
        org.leiojournal.domain.profile.Profile p = store.profile().load();
        store.profile().save(new org.leiojournal.domain.profile.Profile(p.patientName(), p.usualRecorder(),
                p.temperatureUnit(), p.weightUnit(), p.feverThresholdCelsius(), true, 2, p.dateOfBirth()));
        restart();
        assertTrue(lookup("#profile-usual-stools").tryQuery().isEmpty(),
                "the loose-stool alert counts loose stools alone, not from a usual number (review M4)");
        clickOn(reveal("#profile-save"));
        FxSettle.settle();
        assertEquals(2, store.profile().load().usualStoolsPerDay(), "the stored number is kept, not lost");
    }
}
