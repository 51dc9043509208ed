package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.TeamLevel;

/** M9: the team's home blood pressure level is kept on the Blood tests tab, which says what having none means. */
class BloodPressureLevelViewTest extends PaneViewTest {

    @Override
    Parent root(TreatmentPanes panes) {
        return panes.bloodTests();
    }

    private String text(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    private void typeIn(String id, String text) {
        interact(() -> org.leiojournal.ui.common.ScrollIntoView.show(lookup("#" + id).query()));
        clickOn("#" + id).write(text);
    }

    private void keep() {
        interact(() -> org.leiojournal.ui.common.ScrollIntoView.show(lookup("#bp-level-save").query()));
        clickOn("#bp-level-save");
    }

    @Test
    void noLevelSaysThereIsNoAlertAtTheTeamsLevelThenOneIsKeptAndCleared() {
        assertEquals("No level is entered, so there is no alert at your team’s level. Only a reading of 180/110 or "
                + "higher shows an alert.", text("bp-level-current"));
        typeIn("bp-level-systolic", "150");
        typeIn("bp-level-diastolic", "95");
        keep();
        assertEquals("150", store.bloodTests().level("systolic").map(TeamLevel::value).map(BigDecimal::toPlainString)
                .orElseThrow());
        assertEquals("95", store.bloodTests().level("diastolic").orElseThrow().value().toPlainString());
        assertEquals("Kept: call at 150/95 or higher.", text("bp-level-current"));

        interact(() -> {
            lookup("#bp-level-systolic").queryTextInputControl().clear();
            lookup("#bp-level-diastolic").queryTextInputControl().clear();
        });
        keep();
        assertTrue(store.bloodTests().levels().isEmpty());
        assertTrue(text("bp-level-current").startsWith("No level is entered"));
    }

    @Test
    void aLowerNumberAboveTheUpperIsNamedAndNothingIsKept() {
        typeIn("bp-level-systolic", "100");
        typeIn("bp-level-diastolic", "150");
        keep();
        assertTrue(lookup("#bp-level-diastolic-error").query().isVisible());
        assertEquals(BloodPressureLevels.NONE, BloodPressureLevels.of(store.bloodTests().levels()));
    }
}
