package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21: the Treatment screen's first visit builds the course shown and nothing the user has not asked for yet:
 * each other tab's pane when the tab is first chosen (the blood tests too, since the sixth session), a calendar
 * day's tooltip when the pointer first comes over it.
 * What the user sees is the same as before.
 */
class TreatmentFirstVisitViewTest extends JournalUiTest {

    @Test
    void eachOtherTabIsBuiltWhenFirstChosenAndKeptAfterwards() {
        completeWelcome();
        shortcut(KeyCode.DIGIT4);
        TabPane tabs = lookup("#treatment-tabs").queryAs(TabPane.class);
        assertEquals("tab-courses", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(lookup("#courses-pane").tryQuery().isPresent());
        for (String id : new String[] {"tab-medicines", "tab-procedures", "tab-anthracycline", "tab-blood-tests"}) {
            assertNull(tab(tabs, id).getContent(), id + " not built before it is chosen");
        }
        assertTrue(lookup("#medicines-pane").tryQuery().isEmpty());

        clickOn("#tab-medicines .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#medicines-pane").query(), "built and shown when chosen");
        assertNull(tab(tabs, "tab-procedures").getContent(), "the others still wait");
        var medicines = tab(tabs, "tab-medicines").getContent();

        clickOn("#tab-courses .tab-label");
        clickOn("#tab-medicines .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(medicines == tab(tabs, "tab-medicines").getContent(), "built once: what was typed there stays");

        clickOn("#tab-anthracycline .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#heart-scans-pane").query());

        assertTrue(lookup("#blood-tests-pane").tryQuery().isEmpty());
        clickOn("#tab-blood-tests .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(lookup("#blood-test-wbc-value").query(), "the blood tests' form, built when chosen");
        assertTrue(lookup("#blood-tests-guidance").query().isVisible(), "with its link to the Guidance page");
    }

    @Test
    void aCalendarDayGetsItsTooltipWhenThePointerFirstComesOverIt() {
        completeWelcome();
        shortcut(KeyCode.DIGIT4);
        clickOn("#course-template");
        clickOn("Gemcitabine + docetaxel (Hensley doses)");
        clickOn("#course-new");
        clickOn("#course-start");
        push(KeyCode.SHORTCUT, KeyCode.A).write("25/10/2026");
        clickOn(reveal("#course-bsa")).write("1.80");
        clickOn(reveal("#course-save"));
        WaitForAsyncUtils.waitForFxEvents();

        Label day = lookup("#strip-2-1").queryAs(Label.class);
        assertNull(day.getTooltip(), "none made before it is wanted");
        moveTo(reveal("#strip-2-1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(day.getTooltip());
        assertEquals(day.getAccessibleText(), day.getTooltip().getText());
        assertTrue(day.getTooltip().getText().startsWith("Sun 15 Nov 2026"), day.getTooltip().getText());
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
