package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.trend.TrendRow;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;
import org.testfx.util.WaitForAsyncUtils;
import org.leiojournal.ui.common.Screen;

/**
 * A patient six weeks into gemcitabine + docetaxel opens Trends: the chart, the guidance beside it, the table
 * with its unanswered day, one line per cycle in the by-cycle view, and zooming in.
 */
class TrendsViewTest extends ScreenViewTest {

    private SymptomItem nausea;
    private SymptomItem pain;

    @Override
    Screen screen() {
        return Screen.TRENDS;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        TrendJournal.fill(fresh);
        nausea = TrendJournal.item(fresh, "esas.nausea");
        pain = TrendJournal.item(fresh, "esas.pain");
    }

    @Test
    void trendsOpensOnTheChartOfTheLatestScoresAndTemperature() {
        assertTrue(lookup("#trend-chart-scores").query().isVisible());
        assertTrue(lookup("#trend-chart-temperature").query().isVisible());
        assertFalse(lookup("#trend-chart-weight").tryQuery().map(Node::isVisible).orElse(false), "weight is not ticked");
        assertTrue(checkBox("#trend-measure-item-" + pain.id()).isSelected(), "scored in the latest check-in");
        assertTrue(checkBox("#trend-measure-temperature").isSelected());
        LineChart<?, ?> scores = lookup("#trend-chart-scores").queryAs(LineChart.class);
        assertTrue(scores.getData().size() >= 2, "nausea and pain, each in segments");
        assertEquals("Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)", label("#trend-range-label"));
        assertFalse(lookup("#trend-message").query().isVisible());
        assertTrue(label("#trend-chart-temperature .trend-threshold-label", "Your team’s threshold 37.5 °C"));
    }

    @Test
    void tickingTemperatureShowsTheFeverPanelAndASymptomChangesIt() {
        clickOn("#trend-measure-temperature"); // off
        clickOn("#trend-measure-temperature"); // on again: the last ticked is the one explained
        assertEquals("Fever and infection risk", label("#trend-guidance-title"));
        clickOn("#trend-measure-item-" + nausea.id());
        clickOn("#trend-measure-item-" + nausea.id());
        assertTrue(lookup("#trend-guidance-title").tryQuery().map(n -> !((Label) n).getText()
                .equals("Fever and infection risk")).orElse(true), "the panel follows the symptom");
        Optional<Node> hint = lookup("#trend-guidance-hint").tryQuery();
        assertTrue(lookup("#trend-guidance-title").tryQuery().isPresent()
                || hint.map(n -> ((Label) n).getText().contains("Nausea")).orElse(false));
    }

    @Test
    void theTableLeavesTheUnansweredDayEmpty() {
        clickOn("#trend-view-table");
        @SuppressWarnings("unchecked")
        TableView<TrendRow> table = lookup("#trend-table").queryAs(TableView.class);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).at().toLocalDate().equals(TrendJournal.NAUSEA_UNANSWERED)) {
                row = i;
            }
        }
        assertTrue(row >= 0, "17 Nov is a row");
        int index = row;
        interact(() -> table.scrollTo(index));
        FxSettle.settle();
        TableCell<?, ?> cell = cell("#trend-col-item-" + nausea.id(), index);
        assertEquals("–", cell.getText());
        assertEquals("unanswered", cell.getAccessibleText());
        assertEquals("3", cell("#trend-col-item-" + pain.id(), index).getText(), "pain was answered that day");
        assertEquals("Cycle 3, day 3", cell("#trend-col-cycle", index).getText());
        assertEquals("Gemcitabine + docetaxel", cell("#trend-col-treatment", index).getText());
    }

    @Test
    void theByCycleViewDrawsOneLinePerCycle() {
        clickOn("#trend-view-cycle");
        Pane legend = lookup("#trend-cycle-legend").queryAs(Pane.class);
        assertEquals(List.of("trend-cycle-legend-cycle-1", "trend-cycle-legend-cycle-2", "trend-cycle-legend-cycle-3"),
                legend.getChildren().stream().map(Node::getId).toList());
        assertTrue(lookup("#trend-cycle-legend-cycle-3 .label").queryAs(Label.class).getText()
                .startsWith("Cycle 3 (from 15 Nov"));
        LineChart<?, ?> chart = lookup("#trend-cycle-chart").queryAs(LineChart.class);
        assertTrue(chart.getData().size() >= 3, "every cycle has its line");
    }

    @Test
    void theByCycleViewAndTheTableAreMadeWhenFirstChosenInTheirPlace() {
        // hidden, they were styled and laid out in the first visit's frame all the same (issue 21)
        assertTrue(lookup("#trend-cycle-view").tryQuery().isEmpty(), "no by-cycle view before it is chosen");
        assertTrue(lookup("#trend-table-view").tryQuery().isEmpty(), "no table before it is chosen");
        clickOn("#trend-view-table");
        clickOn("#trend-view-cycle");
        Pane center = lookup("#trend-center").queryAs(Pane.class);
        assertEquals(List.of("trend-date-view", "trend-cycle-view", "trend-table-view", "trend-message"),
                center.getChildren().stream().map(Node::getId).toList(), "the message over the views, as before");
        assertEquals(List.of(false, true, false), center.getChildren().subList(0, 3).stream().map(Node::isVisible)
                .toList(), "only the view chosen shows");
        clickOn("#trend-view-table");
        assertTrue(lookup("#trend-table").query().isVisible());
    }

    @Test
    void aChartIsMadeWhenWhatItDrawsIsFirstTickedInItsPlace() {
        // hidden until the read was back, the four charts were styled in the first visit's frame (issue 21)
        assertTrue(lookup("#trend-chart-weight").tryQuery().isEmpty(), "weight is not ticked");
        assertTrue(lookup("#trend-chart-counts").tryQuery().isEmpty(), "no count is ticked");
        clickOn("#trend-measure-weight");
        Pane charts = lookup("#trend-date-view").queryAs(Pane.class);
        assertEquals(List.of("trend-legend", "trend-chart-scores", "trend-chart-temperature", "trend-chart-weight"),
                charts.getChildren().stream().map(Node::getId).toList(), "in the kinds' order");
        assertTrue(lookup("#trend-chart-weight").query().isVisible());
        clickOn("#trend-measure-weight");
        assertFalse(lookup("#trend-chart-weight").query().isVisible(), "hidden again once unticked");
    }

    @Test
    void zoomingInNarrowsTheRangeAndTheKeysPan() {
        clickOn("#trend-zoom-in");
        assertEquals("Sat 31 Oct 2026 – Sat 14 Nov 2026 (15 days)", label("#trend-range-label"));
        assertFalse(lookup("#trend-range-30").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the range is no longer the last 30 days");
        type(KeyCode.RIGHT);
        assertNotEquals("Sat 31 Oct 2026 – Sat 14 Nov 2026 (15 days)", label("#trend-range-label"));
        clickOn("#trend-range-30");
        assertEquals("Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)", label("#trend-range-label"));
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsExplainedAtTheField() {
        clickOn("#trend-range-custom");
        clickOn("#trend-custom-from");
        push(KeyCode.SHORTCUT, KeyCode.A).write("20/11/2026");
        clickOn("#trend-custom-to");
        push(KeyCode.SHORTCUT, KeyCode.A).write("10/11/2026");
        clickOn("#trend-custom-apply");
        assertTrue(lookup("#trend-custom-to-error").query().isVisible());
        assertEquals("The last day is before the first day.", label("#trend-custom-to-error"));
        assertEquals("Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)", label("#trend-range-label"), "nothing moved");
        clickOn("#trend-custom-to");
        push(KeyCode.SHORTCUT, KeyCode.A).write("21/11/2026");
        clickOn("#trend-custom-apply");
        assertEquals("Fri 20 Nov 2026 – Sat 21 Nov 2026 (2 days)", label("#trend-range-label"));
    }

    @Test
    void theTypedRangesFieldsAreMadeWhenFirstOpenedInTheirPlace() {
        // hidden, its two date fields and button were styled and laid out in the first visit's frame (issue 21)
        assertTrue(lookup("#trend-custom").tryQuery().isEmpty(), "no fields before a typed range is chosen");
        clickOn("#trend-range-custom");
        Pane bar = lookup("#trend-bar").queryAs(Pane.class);
        assertEquals(3, bar.getChildren().size(), "the presets' row, the fields, the moves' row");
        assertEquals("trend-custom", bar.getChildren().get(1).getId(), "under the presets, as before");
        assertTrue(lookup("#trend-custom-from").query().isVisible());
        assertEquals("Sat 24 Oct 2026", lookup("#trend-custom-from").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor().getText(), "filled with the range shown");
        clickOn("#trend-range-30");
        assertFalse(lookup("#trend-custom").query().isVisible(), "closed again with a preset");
        assertFalse(lookup("#trend-custom").query().isManaged(), "and takes no room");
    }

    @Test
    void theChartsMakeNoLegendOfTheirOwn() {
        // hidden, the line chart's own legend still made a label and a symbol per segment, styled and laid out in
        // the frame of the lines (issue 21); the legend above the charts names the lines
        assertTrue(lookup("#trend-date-view .chart-legend").tryQuery().isEmpty());
        assertTrue(lookup("#trend-legend").query().isVisible());
    }

    @Test
    void hoveringAMarkerSaysWhatItMarks() throws Exception {
        Node glyph = lookup("#trend-chart-scores .trend-marker-glyph").query();
        moveTo(glyph);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> hoverText().isPresent());
        assertTrue(hoverText().orElseThrow().matches("(Appointment|Note|Alert) .+: .+"), hoverText().orElseThrow());
    }

    @Test
    void theMarkersGlyphsShowOnceOnTheTopChartWhileEveryChartKeepsTheirLines() {
        assertFalse(lookup("#trend-chart-scores .trend-marker-glyph").queryAll().isEmpty(), "the top chart says");
        assertTrue(lookup("#trend-chart-temperature").query().isVisible());
        assertTrue(lookup("#trend-chart-temperature .trend-marker-glyph").queryAll().isEmpty(),
                "below the top chart the glyphs are not repeated");
        assertFalse(lookup("#trend-chart-temperature .trend-marker-line").queryAll().stream()
                .allMatch(line -> ((javafx.scene.shape.Path) line).getElements().isEmpty()),
                "the markers' lines go on through the charts below");
    }

    @Test
    void theCyclesInRangeAreShadedWithTheirLowCountWindowsAndDrugDaysMarked() {
        int shaded = rectangles("#trend-chart-scores .trend-band-odd") + rectangles("#trend-chart-scores .trend-band-even");
        assertTrue(shaded >= 2, "six weeks of three-weekly cycles show at least two bands: " + shaded);
        assertTrue(rectangles("#trend-chart-scores .trend-low-counts") >= 1);
        assertFalse(lookup("#trend-chart-scores .trend-drug-day").queryAll().isEmpty(), "a month marks each drug day");
    }

    /**
     * Pointing at an earlier cycle (as a switch of range can show another cycle) rebuilds the drug note beside the
     * chart; its labels come styled at once, not in the next frame's CSS pass, which would leave that pass unfinished
     * and make JavaFX paint the whole window once more (the second frame of a ten-year switch, thirteenth session).
     */
    @Test
    void theDrugNoteOfAnotherCycleIsStyledAsItIsShown() {
        @SuppressWarnings("unchecked")
        javafx.scene.chart.ValueAxis<Number> dates = (javafx.scene.chart.ValueAxis<Number>) lookup(
                "#trend-chart-scores .axis").match(n -> n.getStyleClass().size() == 1).query();
        List<String> unstyled = new java.util.ArrayList<>();
        String[] heading = new String[1];
        interact(() -> {
            double day = java.time.LocalDate.of(2026, 10, 30).toEpochDay() + 0.5; // cycle 2's, noon
            javafx.geometry.Point2D at = dates.localToScene(dates.getDisplayPosition(day), 0);
            Node chart = lookup("#trend-chart-scores").query();
            javafx.event.Event.fireEvent(chart, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), at.getX(), at.getY(),
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false, false,
                    false, false, null));
            // in the same turn of the UI thread as the change: no pulse has styled anything yet
            Node note = lookup("#trend-drug-note").query();
            heading[0] = ((Label) ((javafx.scene.Parent) note).getChildrenUnmodifiable().get(0)).getText();
            note.lookupAll(".label").stream().filter(n -> ((Label) n).getSkin() == null)
                    .forEach(n -> unstyled.add(((Label) n).getText()));
        });
        assertTrue(heading[0].contains("cycle 2"), heading[0]);
        assertEquals(List.of(), unstyled, "every label of the new note is styled");
    }

    @Test
    void theGuidanceComesBackBesideTheChartsWhenTheWindowIsMadeWiderAgain() {
        interact(() -> {
            stage.setWidth(1024); // the guidance folds away under the charts
            stage.setHeight(600);
        });
        FxSettle.settle();
        assertTrue(lookup("#trend-guidance-below").tryQuery().map(Node::isVisible).orElse(false), "folded under");
        interact(() -> {
            stage.setWidth(1366); // maximised on a usual laptop screen
            stage.setHeight(768);
        });
        FxSettle.settle();
        Node side = lookup("#trend-side").query();
        assertTrue(side.isVisible(), "the guidance beside the charts is shown, not a blank column");
        assertTrue(side.getLayoutBounds().getWidth() > 200, "with its width");
        assertFalse(lookup("#trend-guidance-below").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theChartsLinesAreTwiceAsWideAt200PercentText() {
        double at100 = strokeWidth("#trend-chart-scores .trend-line");
        double threshold100 = strokeWidth("#trend-chart-temperature .trend-threshold");
        assertEquals(2.2, at100, 0.05, "a symptom's line at 100 % is as it was");
        for (int i = 0; i < 4; i++) {
            shortcut(KeyCode.EQUALS);
        }
        assertEquals(2 * at100, strokeWidth("#trend-chart-scores .trend-line"), 0.1, "at 200 % the line is twice as wide");
        assertEquals(2 * threshold100, strokeWidth("#trend-chart-temperature .trend-threshold"), 0.1,
                "and so is the team's threshold line");
    }

    private double strokeWidth(String query) {
        javafx.scene.shape.Shape line = lookup(query).queryAs(javafx.scene.shape.Shape.class);
        interact(() -> line.applyCss());
        return line.getStrokeWidth();
    }

    /** How many rectangles a band path draws (five path elements each). */
    private int rectangles(String query) {
        javafx.scene.shape.Path path = lookup(query).queryAs(javafx.scene.shape.Path.class);
        assertEquals(0, path.getElements().size() % 5);
        return path.getElements().size() / 5;
    }

    private static Optional<String> hoverText() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing()).map(w -> ((javafx.scene.control.Tooltip) w).getText()).filter(t -> !t.isEmpty())
                .findFirst();
    }

    private CheckBox checkBox(String query) {
        return lookup(query).queryAs(CheckBox.class);
    }

    private boolean label(String query, String text) {
        return lookup(query).queryAll().stream().anyMatch(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals(text));
    }

    private TableCell<?, ?> cell(String column, int row) {
        return lookup("#trend-table .table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
                && c.getTableColumn() != null && column.equals("#" + c.getTableColumn().getId()))
                .queryAs(TableCell.class);
    }
}
