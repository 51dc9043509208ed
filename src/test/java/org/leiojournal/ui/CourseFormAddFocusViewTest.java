package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;

/**
 * In the course plan form, a button that adds a line leaves the cursor in the new line's first field, for a keyboard
 * user (Alt+A, "Add a drug") and a mouse user alike: the next thing either does is type the drug's or medicine's name.
 */
class CourseFormAddFocusViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Test
    void altAAndAClickOnAddADrugPutTheCursorInTheNewDrugsName() {
        openCourseFormFromScratch();
        push(KeyCode.ALT, KeyCode.A);
        assertEquals("drug-name-1", focusSettled("drug-name-1"), "Alt+A: the second drug's name");
        clickOn(reveal("#course-add-drug"));
        assertEquals("drug-name-2", focusSettled("drug-name-2"), "a click: the third drug's name");
        write("Ifosfamide");
        assertEquals("Ifosfamide", lookup("#drug-name-2").queryAs(javafx.scene.control.TextField.class).getText());
    }

    @Test
    void addingASupportiveMedicineACheckOrLowCountDaysPutsTheCursorInTheNewLine() {
        openCourseFormFromScratch();
        clickOn(reveal("#drug-name-0")).write("Dacarbazine");
        clickOn(reveal("#care-add-support-0"));
        assertEquals("support-name-0", focusSettled("support-name-0"), "the new supportive medicine's name");
        clickOn(reveal("#care-add-check-0"));
        assertEquals("check-what-0", focusSettled("check-what-0"), "what the new check is");
        clickOn(reveal("#care-add-low-0"));
        assertEquals("low-drug-0", focusSettled("low-drug-0"), "the drug the new low-count days follow");
    }
}
