package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Every screen, every tab and the clinic report dialog at the window sizes of issue 20 at 100 % text, on a year of
 * sample journal (the checks in {@link LayoutChecks}; 200 % text and a scale-2 screen are {@link LayoutScaledTest}'s).
 */
class LayoutTest extends LayoutChecks {

    @Test
    void fitsA1024By600Laptop() {
        assertFits(1024, 600);
        assertTrue(today().isStacked(), "at 1024 px the check-in is one column: the full 0-10 rows do not fit beside");
        assertCourseFormFits("1024x600");
    }

    @Test
    void fits1280By720() {
        assertFits(1280, 720);
    }

    @Test
    void fits1366By768() {
        assertFits(1366, 768);
        assertFalse(today().isStacked(), "at 1366 px symptoms and details stand side by side");
        javafx.geometry.Bounds name = inScene(lookup("#item-esas-pain-row .item-title").query());
        javafx.geometry.Bounds scale = inScene(lookup("#item-esas-pain-scale").query());
        assertTrue(scale.getMinX() >= name.getMaxX(), "at 100 % the 0-10 scale stands beside the name");
        shortcut(KeyCode.DIGIT2);
        org.leiojournal.ui.testing.FxSettle.settle();
        assertFalse(lookup("#journal-view").queryAs(javafx.scene.Parent.class).isNeedsLayout(),
                "the journal settles: choosing its page (only above 100 % text) asks for no layout pass after another");
        shortcut(KeyCode.DIGIT4);
        assertFalse(lookup("#treatment-view .tab-choices").query().isVisible(),
                "at 100 % the tab pane's own tabs show, not the wrapping buttons");
    }

    @Test
    void fits1920By1080() {
        assertFits(1920, 1080);
    }
}
