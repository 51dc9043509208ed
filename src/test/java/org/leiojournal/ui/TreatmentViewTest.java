package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.treatment.AdministrationRow;
import org.leiojournal.ui.common.Screen;

/**
 * A caregiver plans gemcitabine + docetaxel from its template, delays cycle 2 by a week, and sees the calendar
 * move and Today name the right cycle day. Bad values are refused at their field and nothing is saved.
 */
class TreatmentViewTest extends ScreenViewTest {

    private static final String GEM_DOC = "Gemcitabine + docetaxel (Hensley doses)";

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Test
    void planFromTemplateDelayCycleTwoAndTodayFollows() {
        planGemDoc("25/10/2026", "1.80");

        Course saved = onlyCourse();
        assertEquals(LocalDate.of(2026, 10, 25), saved.start());
        assertEquals("1.80", saved.bsa().squareMetres().toPlainString());
        assertEquals(List.of(0), saved.plannedCycles(), "sources give no usual number for Hensley: until the team stops it");
        assertEquals("From Sun 25 Oct 2026, until your team stops it", label("#course-span"));
        String doses = textOf("#course-doses");
        assertTrue(doses.contains("Gemcitabine: 900 mg/m² × 1.80 m² = 1620 mg"), doses);
        assertTrue(doses.contains("Docetaxel: 100 mg/m² × 1.80 m² = 180 mg"), doses);
        assertEquals("The template this plan started from was checked against its sources on Sun 6 Dec 2026. "
                + "Next review due Mon 6 Dec 2027.", label("#course-template-reviewed"));
        interact(() -> lookup("#course-sources-pane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        assertTrue(label("#course-sources").contains("https://pubmed.ncbi.nlm.nih.gov/12065559/"),
                "review finding m10: the plan's own sources are on the Treatment screen");
        // 22 Nov is day 29 of the course: cycle 2 (from 15 Nov), day 8
        assertEquals("Today: Gemcitabine + docetaxel — cycle 2, day 8", label("#course-today"));
        calendarBuilt();
        assertTrue(calendarDay(2, 1).getAccessibleText().startsWith("Sun 15 Nov 2026"));

        selectAdministration(2, 1, "Gemcitabine");
        clickOn("#delay-date");
        push(KeyCode.SHORTCUT, KeyCode.A).write("22/11/2026");
        clickOn("#delay-reason-counts");
        assertEquals("Blood counts", lookup("#delay-reason").queryTextInputControl().getText());
        clickOn("#delay-apply");

        Course delayed = onlyCourse();
        assertTrue(delayed.calendar().treatmentDay(2, 1).orElseThrow().delay().orElseThrow().forBloodCounts(),
                "issue 22: a delay can name the blood counts as its reason");
        assertEquals(LocalDate.of(2026, 11, 22), delayed.calendar().treatmentDay(2, 1).orElseThrow().date());
        assertEquals(LocalDate.of(2026, 11, 15), delayed.calendar().treatmentDay(2, 1).orElseThrow().plannedDate());
        calendarBuilt();
        assertTrue(calendarDay(2, 1).getAccessibleText().startsWith("Sun 22 Nov 2026"),
                "the calendar moved cycle 2 to the new date");
        assertTrue(calendarCycle(2).getText().contains("planned Sun 15 Nov 2026"), "the original plan stays visible");
        assertTrue(calendarDay(3, 1).getAccessibleText().startsWith("Sun 13 Dec 2026"),
                "cycle 3 moved a week too");
        // review D21: cycle 1 now runs 28 days; its last 7 are the wait, marked as such, not as more cycle days
        assertTrue(calendarDay(1, 22).getStyleClass().contains("strip-waiting"));
        assertTrue(calendarDay(1, 22).getAccessibleText()
                .endsWith("Waiting: the next cycle was delayed"));
        assertTrue(calendarDay(1, 28).getStyleClass().contains("strip-waiting"));
        assertFalse(calendarDay(1, 21).getStyleClass().contains("strip-waiting"));
        assertFalse(calendarDay(2, 21).getStyleClass().contains("strip-waiting"));
        assertEquals("Today: Gemcitabine + docetaxel — cycle 2, day 1", label("#course-today"));

        visit(Screen.TODAY);
        long id = delayed.id();
        assertEquals("Gemcitabine + docetaxel — cycle 2, day 1", label("#today-position-" + id));
        assertEquals("Today: Gemcitabine 1620 mg; Blood count before gemcitabine", label("#today-due-" + id));
        assertEquals("Tomorrow: nothing planned", label("#today-tomorrow-" + id));
    }

    @Test
    void recordedReducedDoseIsKeptAndShown() {
        planGemDoc("25/10/2026", "1.80");
        selectAdministration(1, 8, "Docetaxel");
        clickOn("#dose-reduced-amount").write("75");
        clickOn("#dose-reduced");
        assertEquals("75", onlyCourse().history().doseOf(1, 8, "Docetaxel").orElseThrow().amount()
                .orElseThrow().toPlainString());
        restart();
        @SuppressWarnings("unchecked")
        TableView<AdministrationRow> table = lookup("#administrations").queryAs(TableView.class);
        assertTrue(table.getItems().stream().anyMatch(r -> r.record().isPresent()), "kept after a restart");
    }

    @Test
    void bodySurfaceOutsideTheRangeIsRefusedAtTheFieldAndNothingIsSaved() {
        chooseTemplate(GEM_DOC);
        clickOn("#course-new");
        clickOn(reveal("#course-bsa")).write("3.5");
        clickOn(reveal("#course-save"));
        assertTrue(lookup("#course-bsa-error").queryAs(Label.class).isVisible());
        assertTrue(label("#course-bsa-error").contains("0.5–3.0 m²"), label("#course-bsa-error"));
        assertTrue(store.courses().all().isEmpty(), "nothing saved");
    }

    @Test
    void mostellerWorkingIsShownAsTheUserTypes() {
        chooseTemplate(GEM_DOC);
        clickOn("#course-new");
        clickOn(reveal("#bsa-computed"));
        clickOn(reveal("#course-height")).write("180");
        clickOn(reveal("#course-weight")).write("80");
        assertEquals("√(180 cm × 80 kg ÷ 3600) = 2.00 m²", label("#bsa-working"));
        assertTrue(textOf("#planned-doses").contains("Gemcitabine: 900 mg/m² × 2.00 m² = 1800 mg"));
    }

    @Test
    void aDelayOntoTheDayBeforeIsRefused() {
        planGemDoc("25/10/2026", "1.80");
        selectAdministration(1, 8, "Gemcitabine");
        assertEquals("", lookup("#delay-date").queryAs(javafx.scene.control.DatePicker.class).getEditor().getText(),
                "D21: the delay date is the user's to choose, not filled in");
        clickOn("#delay-date");
        push(KeyCode.SHORTCUT, KeyCode.A).write("25/10/2026");
        clickOn("#delay-apply");
        assertTrue(lookup("#delay-date-error").queryAs(Label.class).isVisible());
        assertTrue(onlyCourse().history().delays().isEmpty(), "nothing saved");
    }

    private void planGemDoc(String start, String bsa) {
        chooseTemplate(GEM_DOC);
        clickOn("#course-new");
        clickOn("#course-start");
        push(KeyCode.SHORTCUT, KeyCode.A).write(start);
        clickOn(reveal("#course-bsa")).write(bsa);
        clickOn(reveal("#course-save"));
        FxSettle.settle();
    }

    private void chooseTemplate(String name) {
        clickOn("#course-template");
        clickOn(name);
    }

    @SuppressWarnings("unchecked")
    private void selectAdministration(int cycle, int day, String drug) {
        TableView<AdministrationRow> table = lookup("#administrations").queryAs(TableView.class);
        int index = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            AdministrationRow r = table.getItems().get(i);
            if (r.day().cycle() == cycle && r.day().day() == day && r.drug().drug().equals(drug)) {
                index = i;
            }
        }
        int row = index;
        reveal("#administrations");
        interact(() -> table.scrollTo(row));
        clickOn(lookup("#administrations .table-row-cell").match(n ->
                ((javafx.scene.control.TableRow<?>) n).getIndex() == row).queryAs(javafx.scene.Node.class));
        FxSettle.settle();
        assertEquals(table.getItems().get(row), table.getSelectionModel().getSelectedItem());
    }

    private Course onlyCourse() {
        List<Course> all = store.courses().all();
        assertEquals(1, all.size());
        return all.get(0);
    }
}
