package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Home blood pressure on Today, its alert and the Journal's column (issue 22, M9), typed from the keyboard. Mounts
 * Today alone: saved with its Save button (Ctrl+S is the window's, pressed in {@link KeyboardPathViewTest}).
 */
class HomeBloodPressureViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh); // the mount marks the welcome done (ScreenViewTest.build)
        fresh.bloodTests().setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]"));
        fresh.bloodTests().setLevel(new TeamLevel("diastolic", LevelDirection.AT_MOST, new BigDecimal("100"),
                "mm[Hg]"));
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText().replace('\u00A0', ' ');
    }

    @Test
    void aReadingAtTheTeamsLevelIsSavedRaisesItsAlertAndShowsInTheJournal() {
        assertTrue(lookup("#checkin-bp-row").query().isVisible(), "a team level is entered: the row is offered");
        assertEquals("Your team’s level: call at 150/100 or higher. Whatever it is, call at 180/110 or higher.",
                text("#checkin-bp-level"));
        interact(() -> lookup("#checkin-weight").query().requestFocus());
        type(KeyCode.TAB);
        tabTo("checkin-bp-systolic");
        write("152");
        type(KeyCode.TAB);
        write("96");
        type(KeyCode.TAB);
        write("70");
        saveCheckIn();

        assertEquals(1, store.homeVitals().all().size());
        assertEquals(152, store.homeVitals().all().get(0).systolic());
        List<Alert> open = store.alerts().open();
        assertEquals(List.of("bp-team-level"), open.stream().map(Alert::ruleId).toList());
        long id = open.get(0).id();
        assertEquals("Home blood pressure: 152/96 mmHg, recorded Sun 22 Nov 2026, 09:30", text("#alert-seen-" + id));
        assertEquals("Rule: upper number 150 mmHg or higher (the level your team gave you)",
                text("#alert-rule-" + id));

        visit(Screen.JOURNAL);
        TableView<CheckIn> table = lookup("#journal-table").queryTableView();
        TableColumn<CheckIn, ?> column = table.getColumns().stream()
                .filter(c -> "col-blood-pressure".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(column.isVisible());
        assertEquals("152/96 mmHg, pulse 70", column.getCellData(0));
    }

    @Test
    void aWrongReadingIsNamedBesideTheFieldAndNothingIsSaved() {
        clickOn(reveal("#checkin-bp-systolic")).write("120");
        clickOn(reveal("#checkin-bp-diastolic")).write("130");
        saveCheckIn();
        assertEquals(0, store.checkIns().count());
        assertTrue(store.homeVitals().all().isEmpty());
        assertTrue(lookup("#checkin-bp-diastolic-error").query().isVisible());
    }

    @Test
    void withNoLevelAndNoPazopanibTheRowIsNotOffered() {
        interact(() -> {
            store.bloodTests().clearLevel("systolic");
            store.bloodTests().clearLevel("diastolic");
        });
        visit(Screen.JOURNAL);
        visit(Screen.TODAY); // Today shown again reads the levels again
        FxSettle.settle();
        assertFalse(lookup("#checkin-bp-row").query().isVisible());
    }
}
