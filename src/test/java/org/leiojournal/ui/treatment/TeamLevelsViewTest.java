package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;

/**
 * Issue 22: on Treatment → Blood tests, the team's level for a test is typed from the keyboard alone and listed in
 * words; a slip is named beside its field and nothing is kept.
 */
class TeamLevelsViewTest extends PaneViewTest {

    @Override
    Parent root(TreatmentPanes panes) {
        return panes.bloodTests();
    }

    private void show(String id) {
        interact(() -> org.leiojournal.ui.common.ScrollIntoView.show(lookup("#" + id).query()));
    }

    private List<String> kept() {
        return lookup("#team-levels-kept").queryAs(javafx.scene.layout.VBox.class).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aLevelIsTypedByKeyboardAloneAndListed() {
        show("team-levels-card");
        assertEquals(List.of("No level is kept for a blood test."), kept());
        push(KeyCode.ALT, KeyCode.W); // "Which test"
        assertEquals("team-level-test", focusedId());
        type(KeyCode.DOWN); // the first test offered: neutrophils
        type(KeyCode.TAB);
        assertEquals("team-level-at-least", focusedId());
        type(KeyCode.SPACE);
        tabTo("team-level-value");
        write("1.5");
        type(KeyCode.TAB);
        assertEquals("team-level-unit", focusedId()); // ×10⁹/L, the test's main unit, is already chosen
        push(KeyCode.ALT, KeyCode.K); // "Keep this level"

        assertEquals(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"), "10*9/L"),
                store.bloodTests().level("neutrophils").orElseThrow());
        assertEquals(List.of("Neutrophils: at least 1.5 ×10⁹/L"), kept());
        assertEquals("Kept: Neutrophils: at least 1.5 ×10⁹/L.", status("team-levels-status"));
    }

    @Test
    void lettersAreNamedBesideTheValueAndNothingIsKept() {
        show("team-level-save");
        push(KeyCode.ALT, KeyCode.W);
        type(KeyCode.DOWN, 2); // platelets
        push(KeyCode.ALT, KeyCode.A); // "At least"
        push(KeyCode.ALT, KeyCode.V);
        write("lots");
        show("team-level-save");
        clickOn("#team-level-save");

        assertEquals("Enter the level as a number, e.g. 1.5: digits and one decimal point only.",
                errorAt("team-level-value"));
        assertTrue(store.bloodTests().levels().isEmpty());
        Node value = lookup("#team-level-value").query();
        assertTrue(value.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid")));
    }
}
