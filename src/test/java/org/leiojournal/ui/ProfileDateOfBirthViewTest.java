package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;

/** The optional date of birth in Settings: a slip is named next to the field and nothing is saved. */
class ProfileDateOfBirthViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Test
    void aDateOfBirthIsSavedAndShownAgainAfterARestart() {
        clickOn(reveal("#profile-date-of-birth")).write("3/3/1968");
        clickOn(reveal("#profile-save"));
        assertEquals(Optional.of(LocalDate.of(1968, 3, 3)), store.profile().load().dateOfBirth());
        restart();
        assertEquals("3 Mar 1968", lookup("#profile-date-of-birth").queryAs(TextField.class).getText());
    }

    @Test
    void aDateInTheFutureOrNotADateIsRefusedNextToTheField() {
        for (String typed : new String[] {"2027-01-01", "1899-12-31", "not a date"}) {
            TextField field = lookup("#profile-date-of-birth").queryAs(TextField.class);
            interact(() -> field.setText(typed));
            clickOn(reveal("#profile-save"));
            assertEquals("Type a date from 1 Jan 1900 to yesterday, such as 3 Mar 1968, 1968-03-03 or 3/3/1968 – "
                    + "or leave it empty.", lookup("#profile-date-of-birth-error").queryAs(Label.class).getText(),
                    typed);
            assertEquals(Optional.empty(), store.profile().load().dateOfBirth(), "nothing saved for " + typed);
        }
    }
}
