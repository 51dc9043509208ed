package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The course plan form, where a patient copies the team's doses, beside the window's sidebar (the width it has in the
 * window): at 200 % text in a 1366×768 window and at the usual text in a 1024×600 one, every dose, unit, route, day and cycle field shows its whole value
 * (the dose field once shrank to a sliver, unit and route read "m…" and "into a…"), and nothing is cut or overlaps.
 */
class CourseFormFitViewTest extends ScreenViewTest {

    /** Two phases (the second open-ended) and two drugs: every kind of row the form has. */
    private static final String TWO_PHASES = "Doxorubicin + trabectedin, then trabectedin (LMS-04)";
    /** A dose field must show at least this much: a four-digit dose. */
    private static final String FOUR_DIGITS = "1000";
    private static final Path SHOTS = Path.of("target", "layout");

    @Override
    Screen screen() {
        return Screen.TREATMENT;
    }

    @Override
    boolean besideTheSidebar() {
        return true; // the defect depended on the form's width: the window's less the sidebar's, wider at 200 %
    }

    @Test
    void at200PercentTextIn1366By768EveryDoseUnitRouteAndCycleFieldShowsWhole() {
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        assertEquals("-fx-font-size: 28.00px;", stage.getScene().getRoot().getStyle(), "200 % text");
        openPlanForm();
        assertEquals("", String.join("\n", squeezed("1366x768-text200")));
    }

    @Test
    void in1024By600AtTheUsualTextEveryDoseUnitRouteAndCycleFieldShowsWhole() {
        window1024By600();
        openPlanForm();
        assertEquals(1024, stage.getScene().getWidth(), 0.5, "the window takes the size asked for");
        assertEquals("", String.join("\n", squeezed("1024x600")));
    }

    /** The template box in the list's column cuts a long name to "…" at 1024 px: the full name reads under it. */
    @Test
    void in1024By600ALongTemplatesFullNameReadsUnderItsBox() {
        window1024By600();
        @SuppressWarnings("unchecked")
        ChoiceBox<Regimen> template = lookup("#course-template").queryAs(ChoiceBox.class);
        interact(() -> template.getItems().stream().filter(r -> r != null && r.name().equals(TWO_PHASES))
                .findFirst().ifPresent(template::setValue));
        FxSettle.settle();
        javafx.scene.control.Label full = lookup(reveal("#course-template-full-name")).queryAs(
                javafx.scene.control.Label.class);
        assertTrue(full.isVisible(), "the box cuts the name, so it reads in full under it");
        assertEquals(TWO_PHASES, full.getText());
        assertFalse(LayoutProblems.isCut(full), "the full name wraps, not cut");
        interact(() -> LayoutProblems.of(stage.getScene(), full).forEach(p -> {
            throw new AssertionError(p);
        }));
        shot("1024x600-course-template-full-name", "#course-template-full-name");
        interact(() -> template.getSelectionModel().select(0)); // "Build a regimen from scratch" fits the box
        FxSettle.settle();
        assertFalse(full.isVisible(), "a name the box shows whole is not repeated");
    }

    /**
     * At 200 % text the form is taller than the window: a save with problems takes the cursor up to the first, and
     * the line beside Save that says why stays in sight with it (it scrolled away with Save, out of the window).
     */
    @Test
    void at200PercentTextIn1366By768ASaveWithProblemsShowsTheFirstProblemAndTheLineThatSaysWhyAtOnce() {
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        openPlanForm();
        interact(() -> lookup("#drug-dose-0").queryAs(TextField.class).setText("abc"));
        reveal("#course-save");
        interact(() -> lookup("#course-save").queryButton().fire());
        assertEquals("drug-dose-0", focusSettled("drug-dose-0"), "the cursor is in the first field with a problem");
        javafx.scene.control.Label summary = lookup("#course-save-problems").queryAs(javafx.scene.control.Label.class);
        assertTrue(summary.isVisible() && summary.getText().contains("Dose of Doxorubicin"), summary.getText());
        shot("1366x768-text200-course-form-save-problems", "#drug-dose-0");
        for (Node node : List.of(summary, stage.getScene().getFocusOwner())) {
            javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
            assertTrue(shownWhole(node) && bounds.getMinY() >= 0 && bounds.getMaxY() <= stage.getScene().getHeight(),
                    "in sight: " + node.getId() + " at " + bounds);
        }
    }

    private void window1024By600() {
        interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(1024);
            stage.setHeight(600);
        });
    }

    /**
     * A dose's problem ("That is more than 5000 mg/m²…") and the days' ("Enter the days as numbers from 1 to 21…") read
     * under the whole drug row: wrapped to the narrow field's width they ran to six or seven short lines.
     */
    @ParameterizedTest(name = "{0} problem, text larger by {1} steps")
    @CsvSource({"dose, 0", "dose, 4", "days, 0", "days, 4"}) // 100 % and 200 % text, in 1366×768
    void aDoseOrDaysProblemReadsUnderTheWholeDrugRowAndTheDrugRowsKeepTheirWidthsAndLine(String field, int larger) {
        for (int i = 0; i < larger; i++) {
            shortcut(KeyCode.EQUALS);
        }
        openPlanForm();
        List<String> before = drugRowWidths();
        clickOn(reveal("#drug-" + field + "-0")).eraseText(8).write("abc");
        // how Save is reached is not what is checked here
        interact(() -> lookup("#course-save").queryButton().fire());
        FxSettle.settle();
        assertEquals(true, lookup("#drug-" + field + "-0-error").queryLabeled().isVisible(), "the problem shows");
        shot("1366x768-course-form-" + field + "-problem-larger" + larger, "#drug-" + field + "-0");
        assertEquals(before, drugRowWidths(), "the problem reads under the row: no field moves or changes width");
        javafx.scene.control.Label problem = lookup("#drug-" + field + "-0-error").queryAs(
                javafx.scene.control.Label.class);
        javafx.geometry.Bounds under = problem.localToScene(problem.getLayoutBounds());
        Node drug = lookup("#drug-name-0").query();
        Node dose = lookup("#drug-dose-0").query();
        Node daysField = lookup("#drug-days-0").query();
        assertTrue(under.getMinX() <= drug.localToScene(0, 0).getX() + 1
                && under.getMinY() >= daysField.localToScene(daysField.getLayoutBounds()).getMaxY()
                && under.getWidth() > 3 * dose.getLayoutBounds().getWidth(), "under the whole drug row, as wide as it: "
                + under + " (wrapped to the field's width: four to seven short lines at 1366×768)");
        assertFalse(LayoutProblems.isCut(problem), "every line of it shows");
        assertEquals(problem.getText(), ((TextField) lookup("#drug-" + field + "-0").query()).getAccessibleHelp(),
                "a screen reader hears it at its field");
        for (int i = 0; lookup("#drug-days-" + i).tryQuery().isPresent(); i++) {
            javafx.geometry.Bounds days = lookup("#drug-days-" + i).query().localToScene(
                    lookup("#drug-days-" + i).query().getLayoutBounds());
            javafx.geometry.Bounds remove = lookup("#drug-remove-" + i).query().localToScene(
                    lookup("#drug-remove-" + i).query().getLayoutBounds());
            assertEquals(true, remove.getMinX() > days.getMaxX() && remove.getMinY() < days.getMaxY()
                    && remove.getMaxY() > days.getMinY(), "drug " + i + "'s × is beside its days: " + remove
                    + " / " + days);
        }
    }

    /** Each drug field's place and width across the form, as "#drug-dose-0 at 684, 86 wide". */
    private List<String> drugRowWidths() {
        List<String> widths = new ArrayList<>();
        for (int i = 0; lookup("#drug-dose-" + i).tryQuery().isPresent(); i++) {
            for (String field : List.of("name", "dose", "unit", "route", "days")) {
                String query = "#drug-" + field + "-" + i;
                Node node = lookup(query).query();
                widths.add(query + " at " + Math.round(node.localToScene(0, 0).getX()) + ", "
                        + Math.round(((javafx.scene.layout.Region) node).getWidth()) + " wide");
            }
        }
        return widths;
    }

    private void openPlanForm() {
        partsBuilt();
        @SuppressWarnings("unchecked")
        ChoiceBox<Regimen> template = lookup("#course-template").queryAs(ChoiceBox.class);
        // the way to the form is not what is checked here: the template is chosen directly
        interact(() -> template.getItems().stream().filter(r -> r != null && r.name().equals(TWO_PHASES))
                .findFirst().ifPresent(template::setValue));
        assertEquals(TWO_PHASES, template.getValue().name());
        clickOn(reveal("#course-new"));
        FxSettle.settle();
    }

    /** What a patient could not read in the form; screenshots of its phases and drugs go to target/layout/. */
    private List<String> squeezed(String size) {
        List<String> problems = new ArrayList<>();
        for (int p = 0; lookup("#course-cycles-" + p).tryQuery().isPresent(); p++) {
            showsWhole("#course-cycle-length-" + p, "99", problems);
            showsWhole("#course-cycles-" + p, "99", problems);
        }
        shot(size + "-course-form-phases", "#course-cycles-0");
        int drugs = 0;
        for (int i = 0; lookup("#drug-dose-" + i).tryQuery().isPresent(); i++, drugs++) {
            showsWhole("#drug-dose-" + i, FOUR_DIGITS, problems);
            showsWhole("#drug-days-" + i, "", problems);
            showsWhole("#drug-name-" + i, "", problems);
            choiceShowsWhole("#drug-unit-" + i, problems);
            choiceShowsWhole("#drug-route-" + i, problems);
        }
        assertEquals(3, drugs, "doxorubicin and trabectedin, then trabectedin alone");
        shot(size + "-course-form-drugs", "#drug-dose-1");
        // the form, its scrolling fields and its Save bar (a sideways scroll bar counts); not the list column
        // beside it, where a long template's name is cut at 1024 px
        javafx.scene.Parent form = lookup("#course-form").queryAs(javafx.scene.Parent.class);
        interact(() -> LayoutProblems.of(stage.getScene(), form).forEach(problems::add));
        return problems;
    }

    /** The field is wide enough for its value and for {@code least} (a dose of four digits). */
    private void showsWhole(String query, String least, List<String> problems) {
        TextField field = lookup(reveal(query)).queryAs(TextField.class);
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        for (String value : List.of(field.getText(), least)) {
            Text text = new Text(value);
            text.setFont(field.getFont());
            if (text.getLayoutBounds().getWidth() > room + 1) {
                problems.add(query + " is " + Math.round(field.getWidth()) + " px wide, too narrow to show \"" + value
                        + "\" (" + Math.round(text.getLayoutBounds().getWidth()) + " px)");
            }
        }
    }

    /** The choice box shows its chosen text whole ("mg/m²", "into a vein (IV)"), not "m…". */
    private void choiceShowsWhole(String query, List<String> problems) {
        Node box = lookup(reveal(query)).query();
        box.lookupAll(".label").stream().map(Labeled.class::cast).filter(LayoutProblems::isCut)
                .forEach(l -> problems.add(query + " shows \"" + l.getText() + "\" cut, " + Math.round(
                        ((javafx.scene.layout.Region) box).getWidth()) + " px wide"));
    }

    private void shot(String name, String query) {
        reveal(query);
        interact(() -> {
            try {
                LayoutProblems.screenshot(stage.getScene(), SHOTS.resolve(name + ".png"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
