package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.ui.common.Screen;

/** The emergency sheet's details in Settings: saved with the profile, shown after a restart, too long is named. */
class ProfileEmergencyDetailsViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Test
    void theLineAllergiesAndMedicinesAreSavedAndShownAgainAfterARestart() {
        @SuppressWarnings("unchecked")
        ComboBox<LineKind> kind = lookup("#profile-line-kind").queryAs(ComboBox.class);
        interact(() -> kind.setValue(LineKind.PICC));
        clickOn(reveal("#profile-line-note")).write("left arm");
        clickOn(reveal("#profile-allergies")).write("Penicillin: rash");
        clickOn(reveal("#profile-other-medicines")).write("Warfarin");
        clickOn(reveal("#profile-save"));
        assertEquals(new EmergencyDetails(LineKind.PICC, "left arm", "Penicillin: rash", "Warfarin"),
                store.profile().load().emergency());
        restart();
        assertEquals("Penicillin: rash", lookup("#profile-allergies").queryAs(TextField.class).getText());
        @SuppressWarnings("unchecked")
        ComboBox<LineKind> again = lookup("#profile-line-kind").queryAs(ComboBox.class);
        assertEquals(LineKind.PICC, again.getValue());
    }

    @Test
    void moreThanTwoHundredCharactersIsNamedNextToTheFieldAndNothingIsSaved() {
        TextField medicines = lookup("#profile-other-medicines").queryAs(TextField.class);
        interact(() -> medicines.setText("m".repeat(201)));
        clickOn(reveal("#profile-save"));
        assertEquals("Please use at most 200 characters (now 201), so it fits on the sheet.",
                lookup("#profile-other-medicines-error").queryAs(Label.class).getText());
        assertEquals(EmergencyDetails.NOT_RECORDED, store.profile().load().emergency());
        assertEquals("m".repeat(201), medicines.getText(), "what was typed is kept");
        interact(() -> medicines.setText("m".repeat(200)));
        clickOn(reveal("#profile-save"));
        assertEquals("m".repeat(200), store.profile().load().emergency().otherMedicines());
    }
}
