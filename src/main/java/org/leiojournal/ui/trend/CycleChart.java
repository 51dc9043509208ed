package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.leiojournal.domain.trend.CycleDayPoint;
import org.leiojournal.domain.trend.CycleLine;
import org.leiojournal.domain.trend.DateSpan;

/**
 * The by-cycle chart: x is the day of the cycle, one line per cycle, the expected low-count days of the latest
 * cycle hatched and labelled behind them, and the exact value of the nearest point under the pointer.
 */
final class CycleChart extends LineChart<Number, Number> {

    private final NumberAxis days;
    private final NumberAxis values;
    private final ChartDecor decor;
    private final Group window = new Group();
    private final Rectangle lowCounts = new Rectangle();
    private final Text lowCountsLabel = new Text();
    private final HoverTip hover = new HoverTip();
    private List<CycleLine> lines = List.of();
    private double lowFrom = Double.NaN;
    private double lowTo = Double.NaN;
    private BiFunction<CycleLine, CycleDayPoint, String> describe = (l, p) -> "";

    CycleChart(NumberAxis days, NumberAxis values, ChartDecor decor, String lowCountsText) {
        super(days, values);
        this.days = days;
        this.values = values;
        this.decor = decor;
        setId("trend-cycle-chart");
        getStyleClass().add("trend-chart");
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        for (NumberAxis axis : List.of(days, values)) {
            axis.setAutoRanging(false);
            axis.setAnimated(false);
            axis.setMinorTickVisible(false);
        }
        lowCounts.getStyleClass().add("trend-low-counts");
        lowCountsLabel.getStyleClass().add("trend-low-counts-label");
        lowCountsLabel.setText(lowCountsText);
        window.getChildren().addAll(lowCounts, lowCountsLabel);
        getPlotChildren().add(0, window);
        getPlotChildren().add(1, decor);
        hover.attachTo(this, getChartChildren(), this::pointerMoved);
    }

    NumberAxis values() { return values; }
    NumberAxis days() { return days; }
    ChartDecor decor() { return decor; }

    void describeWith(BiFunction<CycleLine, CycleDayPoint, String> describer) {
        this.describe = describer;
    }

    /** Draws the lines with these looks; the last line's low-count days (if any) are shaded. */
    void showLines(List<CycleLine> cycles, List<SeriesStyle> styles) {
        lines = List.copyOf(cycles);
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<List<String>> classes = new ArrayList<>();
        int total = cycles.stream().flatMap(c -> c.segments().stream()).mapToInt(List::size).sum();
        for (int i = 0; i < cycles.size(); i++) {
            List<String> look = new ArrayList<>(styles.get(i).lineClasses());
            if (i == cycles.size() - 1) {
                look.add("trend-latest");
            }
            for (List<CycleDayPoint> segment : cycles.get(i).segments()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                for (CycleDayPoint point : segment) {
                    XYChart.Data<Number, Number> item = new XYChart.Data<>(point.cycleDay(), point.value());
                    if (segment.size() == 1 || total <= TimeChart.SHAPES_UP_TO) {
                        item.setNode(TimeChart.shape(styles.get(i)));
                    }
                    series.getData().add(item);
                }
                all.add(series);
                classes.add(look);
            }
        }
        hover.hide();
        getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).getNode().getStyleClass().addAll(classes.get(i));
        }
        lowFrom = Double.NaN;
        if (!cycles.isEmpty()) {
            CycleLine latest = cycles.get(cycles.size() - 1);
            latest.band().lowCounts().ifPresent(low -> {
                DateSpan span = low;
                lowFrom = latest.band().cycleDay(span.first());
                lowTo = latest.band().cycleDay(span.last()) + 1;
            });
        }
        window.setVisible(!Double.isNaN(lowFrom));
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        decor.place(days, values);
        if (!Double.isNaN(lowFrom)) {
            double top = values.getDisplayPosition(values.getUpperBound());
            double left = days.getDisplayPosition(lowFrom);
            lowCounts.setX(left);
            lowCounts.setY(top);
            lowCounts.setWidth(Math.max(1, days.getDisplayPosition(lowTo) - left));
            lowCounts.setHeight(values.getDisplayPosition(values.getLowerBound()) - top);
            lowCountsLabel.relocate(left + 3, top + 3);
        }
    }

    private void pointerMoved(MouseEvent e) {
        double px = days.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
        double py = values.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
        CycleLine bestLine = null;
        CycleDayPoint best = null;
        double bestDistance = 28 * 28;
        for (CycleLine line : lines) {
            for (List<CycleDayPoint> segment : line.segments()) {
                for (CycleDayPoint point : segment) {
                    double dx = days.getDisplayPosition(point.cycleDay()) - px;
                    double dy = values.getDisplayPosition(point.value()) - py;
                    if (dx * dx + dy * dy < bestDistance) {
                        bestDistance = dx * dx + dy * dy;
                        bestLine = line;
                        best = point;
                    }
                }
            }
        }
        if (best == null || hover.parentOf() == null) {
            hover.hide();
            return;
        }
        Point2D at = hover.parentOf().sceneToLocal(
                days.localToScene(days.getDisplayPosition(best.cycleDay()), 0).getX(),
                values.localToScene(0, values.getDisplayPosition(best.value())).getY());
        hover.show(describe.apply(bestLine, best), at, getWidth());
    }
}
