package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.SupportPlan;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * C3: the user makes the template's supportive medicines match their own prescription — removes dexamethasone,
 * turns seven G-CSF days into one injection two days after docetaxel, confirms it with the strength on the label —
 * and the calendar's letters, Today's "Today / Tomorrow" card and the plan follow. Day 1 is Sun 15 Nov 2026, so
 * Sunday 22 Nov (the test clock) is day 8, the docetaxel day.
 */
class CoursePlanCareViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Test
    void templateLinesAreMarkedAndTheUsersEditReachesCalendarAndToday() {
        planHensleyCourse("15/11/2026");

        long id = onlyCourse().id();
        String plan = textOf("#course-doses");
        assertTrue(plan.contains("Dexamethasone — with Docetaxel, days −1 to +1 from it (cycle days 7–9) — from the "
                + "template — not your prescription"), plan);
        assertFalse(plan.contains("8 mg"), "no tablet strength until the user confirms it");
        calendarBuilt();
        assertEquals("7\nP", day(7));
        assertEquals("9\nPG", day(9));
        visit(Screen.TODAY);
        assertTrue(label("#today-due-" + id).contains("Dexamethasone"), label("#today-due-" + id));
        assertEquals("Tomorrow: Dexamethasone; G-CSF", label("#today-tomorrow-" + id));

        visit(Screen.TREATMENT);
        clickOn("#course-edit");
        clickOn(reveal("#support-remove-0"));
        FxSettle.settle();
        TextField days = lookup("#support-days-0").queryAs(TextField.class);
        assertEquals("+1 to +7", days.getText(), "G-CSF is now the first line");
        clickOn(reveal("#support-days-0"));
        push(KeyCode.SHORTCUT, KeyCode.A).write("+2");
        clickOn(reveal("#support-confirmed-0"));
        clickOn(reveal("#support-strength-0")).write("6 mg");
        clickOn(reveal("#course-save"));
        FxSettle.settle();

        List<SupportPlan> support = onlyCourse().plan().phases().get(0).support();
        assertEquals(1, support.size());
        assertEquals(List.of(2), support.get(0).offsets());
        assertTrue(support.get(0).confirmed());
        plan = textOf("#course-doses");
        assertTrue(plan.contains("G-CSF — with Docetaxel, days +2 from it (cycle days 10) — your prescription: 6 mg "
                + "— confirmed from your prescription"), plan);
        assertFalse(plan.contains("Dexamethasone"), plan);
        calendarBuilt();
        assertEquals("7", day(7), "no P once dexamethasone is removed");
        assertEquals("9", day(9));
        assertEquals("10\nG", day(10));
        visit(Screen.TODAY);
        assertFalse(label("#today-due-" + id).contains("Dexamethasone"), label("#today-due-" + id));
        assertEquals("Tomorrow: nothing planned", label("#today-tomorrow-" + id));
    }

    @Test
    void aSupportLineForADrugNoLongerInThePlanIsRefusedAtItsField() {
        clickOn("#course-template");
        clickOn("Gemcitabine + docetaxel (Hensley doses)");
        clickOn("#course-new");
        clickOn(reveal("#course-bsa")).write("1.80");
        clickOn(reveal("#drug-name-1"));
        push(KeyCode.SHORTCUT, KeyCode.A).write("Paclitaxel");
        clickOn(reveal("#course-save"));
        FxSettle.settle();
        assertTrue(lookup("#support-drug-0-error").queryAs(Label.class).isVisible());
        assertTrue(label("#support-drug-0-error").contains("Docetaxel"), label("#support-drug-0-error"));
        assertTrue(store.courses().all().isEmpty(), "nothing saved");
    }

    /** C3: the low-count days belong to docetaxel, so moving docetaxel from day 8 to day 9 moves them a day. */
    @Test
    void movingDocetaxelToDayNineMovesItsLowCountDaysOnTheStrip() {
        planHensleyCourse("15/11/2026");
        assertTrue(lowOnStrip(14) && lowOnStrip(16) && !lowOnStrip(17));

        clickOn("#course-edit");
        assertEquals("Docetaxel", lookup("#low-drug-0").queryAs(ChoiceBox.class).getValue());
        assertEquals("+6 to +8", lookup("#low-days-0").queryAs(TextField.class).getText(),
                "6 to 8 days after docetaxel");
        assertEquals("Gemcitabine", lookup("#check-drug-0").queryAs(ChoiceBox.class).getValue());
        clickOn(reveal("#drug-days-1"));
        push(KeyCode.SHORTCUT, KeyCode.A).write("9");
        clickOn(reveal("#course-save"));
        FxSettle.settle();

        assertEquals(List.of(9), onlyCourse().plan().phases().get(0).drugs().get(1).days());
        assertTrue(!lowOnStrip(14) && lowOnStrip(15) && lowOnStrip(17), "days 15–17 now");
    }

    private boolean lowOnStrip(int day) {
        calendarBuilt();
        return calendarDay(1, day).getStyleClass().contains("strip-low");
    }

    private Course onlyCourse() {
        List<Course> all = store.courses().all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    /** The words in the first cycle's box for that day. */
    private String day(int day) {
        return calendarDay(1, day).getText();
    }
}
