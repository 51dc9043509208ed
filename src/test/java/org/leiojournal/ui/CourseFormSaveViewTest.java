package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.settings.Appearance;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Saving the course plan form as a user expects of a desktop form: a save with problems says so beside Save and
 * takes the cursor to the first problem, even out of sight at 200 % text; Ctrl+S saves; removing a drug or a supportive
 * medicine keeps the other rows' problems and leaves the cursor in the next row; a long check reads in full.
 */
class CourseFormSaveViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Test
    void at200PercentTextASaveWithProblemsSaysSoBesideSaveAndTakesTheCursorToTheFirst() {
        interact(() -> new SettingsStore(store.folder()).save(Appearance.DEFAULT.withTextSize(200)));
        restart();
        openTemplate("Gemcitabine + docetaxel (Hensley doses)");
        TextField dose = lookup("#drug-dose-0").queryAs(TextField.class);
        interact(() -> dose.setText("abc")); // and the body surface area left empty
        TextField bsa = lookup("#course-bsa").queryAs(TextField.class);
        double bsaWidth = bsa.getWidth();
        reveal("#course-bsa"); // the end of the form (its Save bar stays in sight under the fields)
        assertFalse(shownWhole(dose), "at 200 % text the form is taller than the window: its end and the dose are apart");
        pressFromKeyboard("#course-save"); // from the keyboard: Space on the focused Save

        Label summary = lookup("#course-save-problems").queryAs(Label.class);
        assertTrue(summary.isVisible(), "a line beside Save says the form was not saved");
        assertEquals("2 fields need a look, first Dose of Gemcitabine. Nothing was saved yet.", summary.getText());
        Bounds line = summary.localToScene(summary.getLayoutBounds());
        Node saveButton = lookup("#course-save").query();
        Bounds save = saveButton.localToScene(saveButton.getLayoutBounds());
        assertTrue(line.getMaxX() <= save.getMinX() && line.getMinY() < save.getMaxY() && line.getMaxY() > save.getMinY(),
                "the line is beside Save: " + line + " / " + save);
        assertEquals("drug-dose-0", focusSettled("drug-dose-0"), "the cursor is in the first field with a problem");
        assertTrue(shownWhole(dose), "the form scrolled up to it: " + dose.localToScene(dose.getLayoutBounds()));
        assertTrue(store.courses().all().isEmpty(), "nothing saved");
        assertEquals(bsaWidth, bsa.getWidth(), 1, "the area's problem beside it wraps: the field keeps its width");
        assertFalse(LayoutProblems.isCut((Label) bsa.getParent().getChildrenUnmodifiable().get(1)), "m² is not cut");

        interact(() -> dose.setText("1000"));
        assertEquals("One field needs a look: Body surface area. Nothing was saved yet.", summary.getText(),
                "the line follows the fixes");
    }

    @Test
    void ctrlSSavesTheFormAsItSavesTheCheckIn() {
        openTemplate("Gemcitabine + docetaxel (Hensley doses)");
        clickOn(reveal("#course-bsa")).write("1.80");
        push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        FxSettle.settle();
        assertEquals(1, store.courses().all().size(), "saved");
        assertFalse(lookup("#course-form").tryQuery().map(Node::isVisible).orElse(false), "the form closed");
    }

    @Test
    void removingADrugKeepsTheOtherDrugsProblemsAndPutsTheCursorInTheNextDrug() {
        openCourseFormFromScratch();
        write("Dox + ifos");
        for (int i = 1; i < 3; i++) {
            clickOn(reveal("#course-add-drug"));
        }
        String[] names = {"Doxorubicin", "Ifosfamide", "Mesna"};
        String[] doses = {"", "2500", ""}; // Ifosfamide's dose is fine; the others need a look
        for (int i = 0; i < names.length; i++) {
            int row = i;
            interact(() -> {
                lookup("#drug-name-" + row).queryAs(TextField.class).setText(names[row]);
                lookup("#drug-dose-" + row).queryAs(TextField.class).setText(doses[row]);
            });
        }
        clickOn(reveal("#course-save"));
        FxSettle.settle();
        assertTrue(lookup("#drug-dose-2-error").queryLabeled().isVisible(), "Mesna's dose is marked");

        clickOn(reveal("#drug-remove-1")); // Ifosfamide
        assertEquals("drug-name-1", focusSettled("drug-name-1"), "the cursor goes on to the next drug");
        assertEquals("Mesna", lookup("#drug-name-1").queryAs(TextField.class).getText());
        assertTrue(lookup("#drug-dose-0-error").queryLabeled().isVisible(), "Doxorubicin keeps its mark");
        assertTrue(lookup("#drug-dose-1-error").queryLabeled().isVisible(), "Mesna keeps its mark in its new row");

        Button remove = lookup(reveal("#drug-remove-1")).queryButton();
        assertEquals("Remove this drug", remove.getTooltip().getText(), "the × says what it does");
        assertEquals("Remove this drug", remove.getAccessibleText());
        clickOn("#drug-remove-1"); // Mesna, the last drug
        assertEquals("course-add-drug", focusSettled("course-add-drug"), "no drug after it: Add a drug");
        assertTrue(lookup("#drug-dose-0-error").queryLabeled().isVisible(), "Doxorubicin keeps its mark");
    }

    @Test
    void removingASupportiveMedicineKeepsTheOtherLinesProblemsAndPutsTheCursorInTheNextLine() {
        openCourseFormFromScratch();
        write("Doxorubicin alone");
        interact(() -> {
            lookup("#drug-name-0").queryAs(TextField.class).setText("Doxorubicin");
            lookup("#drug-dose-0").queryAs(TextField.class).setText("75");
            lookup("#course-bsa").queryAs(TextField.class).setText("1.80");
        });
        for (int i = 0; i < 3; i++) {
            clickOn(reveal("#care-add-support-0"));
        }
        interact(() -> lookup("#support-name-0").queryAs(TextField.class).setText("Filgrastim"));
        clickOn(reveal("#course-save")); // the second and third lines have no name
        FxSettle.settle();
        assertTrue(lookup("#support-name-1-error").queryLabeled().isVisible(), "the second line is marked");

        clickOn(reveal("#support-remove-0")); // Filgrastim
        assertEquals("support-name-0", focusSettled("support-name-0"), "the cursor goes on to the next line");
        assertTrue(lookup("#support-name-0-error").queryLabeled().isVisible(), "the second line keeps its mark, now first");
        assertTrue(lookup("#support-name-1-error").queryLabeled().isVisible(), "the third keeps its mark, now second");
        assertEquals("2 fields need a look, first Supportive medicines. Nothing was saved yet.",
                lookup("#course-save-problems").queryLabeled().getText());

        clickOn(reveal("#support-remove-1")); // the last line
        assertEquals("care-add-support-0", focusSettled("care-add-support-0"), "no line after it: its Add button");
        assertTrue(lookup("#support-name-0-error").queryLabeled().isVisible(), "the line left keeps its mark");
    }

    @Test
    void aHeartScanCheckTooLongForItsFieldReadsInFullUnderIt() {
        openTemplate("Doxorubicin alone");
        TextField what = lookup(reveal("#check-what-0")).queryAs(TextField.class);
        assertTrue(what.getText().startsWith("Heart scan (LVEF) to ask about"), what.getText());
        Label full = lookup("#check-what-0-full").queryAs(Label.class);
        assertTrue(full.isVisible(), "the field cuts the sentence, so it reads in full under it");
        assertEquals(what.getText(), full.getText());
        assertFalse(LayoutProblems.isCut(full), "wrapped, not cut");
        interact(() -> what.setText("Echo"));
        FxSettle.settle();
        assertFalse(full.isVisible(), "a check the field shows whole is not repeated");
    }

    private void openTemplate(String name) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Regimen> template = lookup("#course-template").queryAs(ChoiceBox.class);
        interact(() -> template.getItems().stream().filter(r -> r != null && r.name().equals(name))
                .findFirst().ifPresent(template::setValue));
        clickOn(reveal("#course-new"));
        FxSettle.settle();
    }
}
