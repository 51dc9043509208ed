package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendPoint;

/**
 * One small chart of the date view: lines over a {@link DateAxis}, cycle bands and markers behind them, and the
 * exact value of the nearest point when the pointer is near it. Symbols and animation are off (a chart of
 * thousands of symbols takes seconds); a point is drawn as a shape only where a line cannot show it (a segment
 * of one answer) or while the chart has few points. Each segment is its own chart series, so a line never runs
 * across a day nobody answered.
 */
final class TimeChart extends LineChart<Number, Number> {

    /** Below this many points every point also gets its shape: cheap, and easier to read on a short range. */
    static final int SHAPES_UP_TO = 150;

    private final DateAxis dates;
    private final NumberAxis values;
    private final ChartDecor decor;
    private final HoverTip hover = new HoverTip();
    private List<StyledSeries> lines = List.of();
    private BiFunction<Measure, TrendPoint, String> describe = (m, p) -> "";
    private DoubleConsumer onPointer = x -> { };

    TimeChart(String id, DateAxis dates, NumberAxis values, ChartDecor decor) {
        super(dates, values);
        this.dates = dates;
        this.values = values;
        this.decor = decor;
        setId(id);
        getStyleClass().add("trend-chart");
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        setVerticalGridLinesVisible(false);
        values.setAutoRanging(false);
        values.setAnimated(false);
        values.setMinorTickVisible(false);
        values.getStyleClass().add("trend-values-axis"); // one width (in em) for every chart: their time axes line up
        getPlotChildren().add(0, decor);
        getChartChildren().addAll(hover.nodes());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::pointerMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.hide());
    }

    DateAxis dates() { return dates; }
    NumberAxis values() { return values; }
    ChartDecor decor() { return decor; }
    List<StyledSeries> lines() { return lines; }

    /** How the nearest point is described ("Nausea 6 · Tue 17 Nov 2026, 09:12 · …"). */
    void describeWith(BiFunction<Measure, TrendPoint, String> describer) {
        this.describe = describer;
    }

    /** Told the time under the pointer (epoch days), so the side panel can name the cycle there. */
    void onPointer(DoubleConsumer listener) {
        this.onPointer = listener;
    }

    void showLines(List<StyledSeries> styled) {
        lines = List.copyOf(styled);
        long total = styled.stream().flatMap(s -> s.series().segments().stream()).flatMap(List::stream)
                .filter(p -> inView(ChartTime.of(p.at()))).count();
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<SeriesStyle> looks = new ArrayList<>();
        for (StyledSeries line : styled) {
            for (List<TrendPoint> segment : line.series().segments()) {
                List<XYChart.Data<Number, Number>> data = new ArrayList<>(segment.size());
                for (TrendPoint point : segment) {
                    XYChart.Data<Number, Number> item = new XYChart.Data<>(ChartTime.of(point.at()), point.value());
                    if (segment.size() == 1 || total <= SHAPES_UP_TO) {
                        item.setNode(shape(line.style()));
                    }
                    data.add(item);
                }
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.getData().setAll(data);
                all.add(series);
                looks.add(line.style());
            }
        }
        hover.hide();
        getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).getNode().getStyleClass().addAll(looks.get(i).lineClasses());
            if (total > SHAPES_UP_TO) {
                // too close for round joins to show, and each costs curves to draw: months of points
                all.get(i).getNode().getStyleClass().add("trend-line-dense");
            }
        }
    }

    private boolean inView(double x) {
        return x >= dates.getLowerBound() && x <= dates.getUpperBound();
    }

    /**
     * The chart restyles the node it is given as its own symbol (modena's colour per series, a round shape), and
     * each segment is a series of its own; so our shape sits inside a holder whose inline style clears that look.
     */
    static Node shape(SeriesStyle style) {
        Region shape = new Region();
        shape.getStyleClass().addAll(style.pointClasses());
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(shape);
        holder.setStyle("-fx-background-color: null; -fx-padding: 0;");
        holder.setMouseTransparent(true);
        return holder;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        decor.place(dates, values);
    }

    private void pointerMoved(MouseEvent e) {
        double px = dates.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
        double py = values.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
        onPointer.accept(dates.getValueForDisplay(px).doubleValue());
        Nearest nearest = nearest(px, py);
        if (nearest == null) {
            hover.hide();
            return;
        }
        Point2D at = getChartChildren().isEmpty() ? null : hover.parentOf().sceneToLocal(
                dates.localToScene(dates.getDisplayPosition(ChartTime.of(nearest.point.at())), 0).getX(),
                values.localToScene(0, values.getDisplayPosition(nearest.point.value())).getY());
        if (at != null) {
            hover.show(describe.apply(nearest.measure, nearest.point), at, getWidth());
        }
    }

    /** The point closest to the pointer, within 28 pixels; null when none is that close. */
    private Nearest nearest(double px, double py) {
        Nearest best = null;
        double bestDistance = 28 * 28;
        for (StyledSeries line : lines) {
            for (List<TrendPoint> segment : line.series().segments()) {
                for (TrendPoint point : segment) {
                    double x = ChartTime.of(point.at());
                    double dx = dates.getDisplayPosition(x) - px;
                    if (Math.abs(dx) > 28 || !inView(x)) {
                        continue;
                    }
                    double dy = values.getDisplayPosition(point.value()) - py;
                    double distance = dx * dx + dy * dy;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = new Nearest(line.series().measure(), point);
                    }
                }
            }
        }
        return best;
    }

    private record Nearest(Measure measure, TrendPoint point) {
    }
}
