package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Today builds the home blood pressure rows only once they are first offered (issue 21: most journals never offer
 * them, and Today built and styled their fields right after its first frame for nothing); offered later, they come
 * with the team's level. {@link HomeBloodPressureViewTest} types a reading into them.
 */
class HomeReadingRowsViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void theRowsAreBuiltWhenFirstOffered() {
        assertTrue(lookup("#checkin-temperature").tryQuery().isPresent(), "Today's measures are there");
        assertTrue(lookup("#checkin-bp-systolic").tryQuery().isEmpty(), "no level and no pazopanib: not built");

        interact(() -> store.bloodTests().setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST,
                new BigDecimal("150"), "mm[Hg]")));
        visit(Screen.JOURNAL);
        visit(Screen.TODAY); // Today shown again reads the levels again
        FxSettle.settle();

        assertTrue(lookup("#checkin-bp-row").query().isVisible(), "a team level is entered: the row is offered");
        assertTrue(lookup("#checkin-pulse").query().isVisible());
        assertEquals("Your team’s level: call at 150/– or higher. Whatever it is, call at 180/110 or higher.",
                lookup("#checkin-bp-level").queryAs(Label.class).getText().replace('\u00A0', ' '));
    }
}
