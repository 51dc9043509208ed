package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.leiojournal.domain.trend.LabRow;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.trend.LabTrendJournal;
import org.leiojournal.ui.common.Screen;

/**
 * A carer six weeks into gemcitabine + docetaxel ticks Neutrophils in Trends: the counts are drawn against the
 * cycles in one unit, with the team's level as a dashed, worded line.
 */
class LabTrendsViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TRENDS;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        LabTrendJournal.fill(fresh);
    }

    @Test
    void choosingNeutrophilsDrawsTheCountsAndTheTeamsLevel() {
        assertTrue(lookup(".section-title").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Blood tests")), "the chooser has a Blood tests heading");
        assertFalse(lookup("#trend-measure-lab-alt").tryQuery().isPresent(), "only tests the journal has values for");
        assertFalse(lookup("#trend-measure-lab-neutrophils").queryAs(CheckBox.class).isSelected());
        clickOn("#trend-measure-lab-neutrophils");

        LineChart<?, ?> chart = lookup("#trend-chart-lab-neutrophils").queryAs(LineChart.class);
        assertTrue(chart.isVisible());
        List<Number> drawn = chart.getData().stream().flatMap(s -> s.getData().stream())
                .map(XYChart.Data::getYValue).map(Number.class::cast).toList();
        assertEquals(LabTrendJournal.NEUTROPHILS, drawn.stream().map(Number::doubleValue).toList(),
                "every count in draw order, 1600 /µL drawn as 1.6 ×10⁹/L");
        assertEquals("Neutrophils (×10⁹/L)", chart.getYAxis().getLabel());
        assertTrue(text("#trend-chart-lab-neutrophils .trend-threshold-label",
                "Your team’s level: at least 1.5 ×10⁹/L"), "the level is worded, not shown by colour alone");
        Node line = lookup("#trend-chart-lab-neutrophils .trend-threshold").query();
        assertTrue(line.isVisible());
        assertTrue(line.getStyleClass().contains("trend-team-level"), "dashed in the text colour, not alarm red");
        assertFalse(lookup("#trend-chart-lab-platelets").tryQuery().isPresent(), "platelets are not ticked");
        assertEquals("Fever and infection risk", lookup("#trend-guidance-title").queryAs(Label.class).getText(),
                "beside the neutrophils, why a fever matters when they are low");
    }

    @Test
    void theTableListsTheCountsAsEnteredAndSaysWhichFellBelowTheLabsRange() {
        clickOn("#trend-measure-lab-neutrophils");
        clickOn("#trend-view-table");
        @SuppressWarnings("unchecked")
        TableView<LabRow> table = lookup("#trend-lab-table").queryAs(TableView.class);
        assertTrue(table.isVisible());
        assertEquals(3, table.getItems().size(), "the last 30 days' draws, newest first");
        int row = 2;
        assertEquals(LabTrendJournal.PER_MICROLITRE, table.getItems().get(row).at().toLocalDateTime());
        assertEquals("1600 /µL", cell("#trend-lab-col-value", row).getText());
        assertEquals("2000–7500 /µL", cell("#trend-lab-col-range", row).getText());
        assertEquals("▼ below the range", cell("#trend-lab-col-against", row).getText());
        assertEquals("Neutrophils", cell("#trend-lab-col-test", row).getText());
    }

    @Test
    void theByCycleViewWordsTheLowPointsFound() {
        // everything the first view ticked is unticked first: the by-cycle view must follow the one ticked after
        interact(() -> lookup("#trend-measures .check-box").queryAllAs(CheckBox.class).forEach(b -> b.setSelected(false)));
        clickOn("#trend-measure-lab-neutrophils");
        clickOn("#trend-view-cycle");
        assertFalse(lookup("#trend-message").query().isVisible(), "a course with cycles is there to compare");
        Label lows = lookup("#trend-cycle-lows").queryAs(Label.class);
        assertTrue(lows.isVisible());
        assertTrue(lows.getText().startsWith("Lowest measured: cycle 1 day 11, 0.9 ×10⁹/L"), lows.getText());
        assertTrue(text("#trend-cycle-chart .trend-threshold-label", "Your team’s level: at least 1.5 ×10⁹/L"));
        LineChart<?, ?> chart = lookup("#trend-cycle-chart").queryAs(LineChart.class);
        assertEquals("Neutrophils (×10⁹/L)", chart.getYAxis().getLabel());
    }

    private TableCell<?, ?> cell(String column, int row) {
        return lookup("#trend-lab-table .table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
                && c.getTableColumn() != null && column.equals("#" + c.getTableColumn().getId()))
                .queryAs(TableCell.class);
    }

    private boolean text(String query, String text) {
        return lookup(query).queryAll().stream().anyMatch(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals(text));
    }
}
