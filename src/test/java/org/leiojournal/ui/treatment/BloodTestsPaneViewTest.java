package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 22: a blood count and liver tests entered from the keyboard alone, each value in the printout's unit;
 * a slip is named beside its field and nothing is saved; a saved test is listed and can be deleted.
 */
class BloodTestsPaneViewTest extends PaneViewTest {

    @Override
    Parent root(TreatmentPanes panes) {
        return panes.bloodTests();
    }

    /** Scrolls the long form to a field, as a user would. */
    private void show(String id) {
        interact(() -> org.leiojournal.ui.common.ScrollIntoView.show(lookup("#" + id).query()));
    }

    /** Scrolls the long form to its Save button and clicks it. */
    private void save() {
        show("blood-test-add");
        clickOn("#blood-test-add");
    }

    /** Types a value, then Tab past the unit and the lab's range to the next test's value. */
    private void value(String text) {
        write(text);
        type(KeyCode.TAB, 4);
    }

    @Test
    void aFullCountAndLiverTestsAreEnteredByKeyboardAlone() {
        typeDate("blood-test-date", "2026-11-20");
        type(KeyCode.TAB);
        assertEquals("blood-test-time", focusedId());
        write("08:15");
        type(KeyCode.TAB);
        write("St Mary’s");
        type(KeyCode.TAB);
        assertEquals("blood-test-wbc-value", focusedId());
        value("3.1");
        value("1.2");
        value("0.9");
        assertEquals("blood-test-haemoglobin-value", focusedId());
        write("10.4");
        type(KeyCode.TAB);
        assertEquals("blood-test-haemoglobin-unit", focusedId());
        type(KeyCode.DOWN); // the printout gives g/dL: the next unit after g/L
        type(KeyCode.TAB, 3);
        value("95");
        assertEquals("blood-test-alt-value", focusedId());
        value("31");
        value("28");
        value("9");
        value("80");
        tabTo("blood-test-add");
        type(KeyCode.SPACE);

        List<BloodTest> saved = store.bloodTests().all();
        assertEquals(1, saved.size(), status("blood-tests-status"));
        BloodTest test = saved.get(0);
        assertEquals(LocalDateTime.of(2026, 11, 20, 8, 15), test.drawnAt());
        assertEquals("St Mary’s", test.lab());
        assertEquals(9, test.results().size());
        assertEquals(LabResult.number("haemoglobin", "10.4", "g/dL"), test.result("haemoglobin").orElseThrow());
        assertEquals(LabResult.number("neutrophils", "1.2", "10*9/L"), test.result("neutrophils").orElseThrow());
        assertTrue(status("blood-tests-status").startsWith("Saved: Fri 20 Nov 2026 08:15 — St Mary’s — "
                + "White cells (WBC) 3.1 ×10⁹/L; Neutrophils 1.2 ×10⁹/L"), status("blood-tests-status"));
        @SuppressWarnings("unchecked")
        ComboBox<LabUnit> hbUnit = lookup("#blood-test-haemoglobin-unit").queryAs(ComboBox.class);
        assertEquals("g/dL", hbUnit.getValue().label(), "the unit stays for the next test from the same lab");
    }

    @Test
    void aSlipIsNamedBesideItsFieldAndNothingIsSaved() {
        typeDate("blood-test-date", "2026-11-20");
        clickOn("#blood-test-platelets-value").write("0");
        clickOn("#blood-test-neutrophils-value").write("1.5a");
        save();
        assertEquals("0 ×10⁹/L cannot be a Platelets result. Check the number and the unit on the printout.",
                errorAt("blood-test-platelets-value"));
        assertEquals("Enter the number as printed, e.g. 1.5: digits and one decimal point only.",
                errorAt("blood-test-neutrophils-value"));
        assertTrue(store.bloodTests().all().isEmpty(), "nothing saved");

        show("blood-test-neutrophils-value");
        replaceText("#blood-test-neutrophils-value", "1.5");
        assertEquals("", errorAt("blood-test-neutrophils-value"), "the message goes once the value is fixed");
        show("blood-test-date");
        typeDate("blood-test-date", "2026-11-23");
        show("blood-test-platelets-value");
        replaceText("#blood-test-platelets-value", "180");
        save();
        assertEquals("A blood test cannot be in the future. Check the date and time.", errorAt("blood-test-date"));
        assertTrue(store.bloodTests().all().isEmpty());
    }

    @Test
    void outOfTheLabsRangeIsSaidInWordsAndDeleteAsksFirst() {
        typeDate("blood-test-date", "2026-11-20");
        clickOn("#blood-test-neutrophils-value").write("0.8");
        clickOn("#blood-test-neutrophils-low").write("2.0");
        clickOn("#blood-test-neutrophils-high").write("7.5");
        save();
        assertTrue(rowShown("blood-test-list",
                "Fri 20 Nov 2026 00:00 — Neutrophils 0.8 ×10⁹/L (below the lab’s range)"));
        ListView<BloodTest> list = lookup("#blood-test-list").queryListView();
        interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        type(KeyCode.DELETE);
        clickOn("#confirm-ok");
        assertTrue(store.bloodTests().all().isEmpty());
    }

    /**
     * Issue 21: below 740 px (at 100 % text) each test's name stands above its value, unit and range, so the grid
     * fits beside the sidebar at 200 % text; at 740 px and wider the four stand in one line. Tab goes the same way.
     */
    @Test
    void aNarrowPaneShowsEachNameAboveItsValueAndTabStillGoesValueUnitRange() {
        widthOf(741);
        javafx.geometry.Bounds name = inScene(nameOf("blood-test-wbc-value"));
        javafx.geometry.Bounds value = inScene(lookup("#blood-test-wbc-value").query());
        assertTrue(name.getMaxX() <= value.getMinX() && name.getMinY() < value.getMaxY(),
                "at 741 px the name stands beside its value: " + name + " / " + value);

        widthOf(739);
        name = inScene(nameOf("blood-test-wbc-value"));
        value = inScene(lookup("#blood-test-wbc-value").query());
        assertTrue(name.getMaxY() <= value.getMinY(), "at 739 px the name stands above: " + name + " / " + value);
        javafx.geometry.Bounds grid = inScene(lookup("#blood-test-values").query());
        assertTrue(grid.getMaxX() <= 739, "the grid fits the pane: " + grid);
        clickOn("#blood-test-wbc-value");
        type(KeyCode.TAB);
        assertEquals("blood-test-wbc-unit", focusedId(), "value, then its unit on the line under the name");
        type(KeyCode.TAB, 3);
        assertEquals("blood-test-neutrophils-value", focusedId());
    }

    private void widthOf(double width) {
        interact(() -> stage.setWidth(width));
        try { // the headless window takes its new size a pulse or two later on a busy machine
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Math.abs(stage.getScene().getWidth() - width) < 0.5);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not take the width " + width + ": " + stage.getScene().getWidth());
        }
        FxSettle.settle();
    }

    private javafx.scene.Node nameOf(String fieldId) {
        javafx.scene.Node field = lookup("#" + fieldId).query();
        return lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l && l.getLabelFor() == field)
                .query();
    }

    private static javafx.geometry.Bounds inScene(javafx.scene.Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
