package org.leiojournal.ui.trend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.DoubleConsumer;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendPoint;

/**
 * One small chart of the date view: lines over a {@link DateAxis}, cycle bands and markers behind them, and the
 * exact value of the nearest point when the pointer is near it. Symbols and animation are off (a chart of
 * thousands of symbols takes seconds); a point is drawn as a shape only where a line cannot show it (a segment
 * of one answer) or while the chart has few points. Each segment is its own chart series, so a line never runs
 * across a day nobody answered. The point shapes are the chart's own nodes, kept from one range to the next
 * ({@link NodePool}), not the line chart's symbols: those are made and styled afresh for every point shown.
 */
final class TimeChart extends LineChart<Number, Number> {

    /** Below this many points every point also gets its shape: cheap, and easier to read on a short range. */
    static final int SHAPES_UP_TO = 150;

    private final DateAxis dates;
    private final NumberAxis values;
    private final ChartDecor decor;
    private final HoverTip hover = new HoverTip();
    private List<StyledSeries> lines = List.of();
    /** Each series' points taken out by a shorter range, for a longer one to put back (see {@link #fill}). */
    private final Map<XYChart.Series<Number, Number>, ArrayDeque<XYChart.Data<Number, Number>>> spares =
            new IdentityHashMap<>();
    /** Series a range of fewer segments took out, with their points, for one of more to put back. */
    private final ArrayDeque<XYChart.Series<Number, Number>> spareSeries = new ArrayDeque<>();
    /** Each series' line, redrawn in place at every layout. */
    private final Map<XYChart.Series<Number, Number>, InPlacePath> paths = new IdentityHashMap<>();
    /** The point shapes, above every line; taken in the order of {@link #shaped}. */
    private final Group shapeLayer = new Group();
    private final NodePool<Region> shapes = new NodePool<>(shapeLayer, TimeChart::pointShape);
    /** The points drawn as shapes in this range, in the order of their shapes in {@link #shapes}. */
    private final List<XYChart.Data<Number, Number>> shaped = new ArrayList<>();
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
        getPlotChildren().addAll(decor, shapeLayer);
        shapeLayer.setMouseTransparent(true);
        hover.attachTo(this, getChartChildren(), this::pointerMoved);
    }

    DateAxis dates() { return dates; }
    NumberAxis values() { return values; }
    ChartDecor decor() { return decor; }
    List<StyledSeries> lines() { return lines; }
    Group pointShapes() { return shapeLayer; }

    /** How the nearest point is described ("Nausea 6 · Tue 17 Nov 2026, 09:12 · …"). */
    void describeWith(BiFunction<Measure, TrendPoint, String> describer) {
        this.describe = describer;
    }

    /** Told the time under the pointer (epoch days), so the side panel can name the cycle there. */
    void onPointer(DoubleConsumer listener) {
        this.onPointer = listener;
    }

    /**
     * Draws these lines. The chart's series, their line nodes and their points are kept from one range to the next
     * and changed in place (a series only added or dropped when the number of segments changes): new ones at every
     * switch were thousands of objects and a CSS pass each, and that garbage brought on the slow full collections.
     */
    void showLines(List<StyledSeries> styled) {
        lines = List.copyOf(styled);
        long total = 0;
        int segments = 0;
        for (StyledSeries line : styled) {
            for (List<TrendPoint> segment : line.series().segments()) {
                segments++;
                for (TrendPoint point : segment) {
                    if (inView(ChartTime.of(point.at()))) {
                        total++;
                    }
                }
            }
        }
        boolean allShapes = total <= SHAPES_UP_TO;
        hover.hide();
        shapes.begin();
        shaped.clear();
        ObservableList<XYChart.Series<Number, Number>> all = getData();
        if (all.size() > segments) {
            List<XYChart.Series<Number, Number>> gone = all.subList(segments, all.size());
            for (int i = gone.size() - 1; i >= 0; i--) {
                spareSeries.push(gone.get(i));
                paths.remove(gone.get(i)); // the chart gives a series a new line node when it comes back
            }
            all.remove(segments, all.size());
        }
        List<XYChart.Series<Number, Number>> added = new ArrayList<>();
        List<SeriesStyle> looks = new ArrayList<>(segments);
        int index = 0;
        for (StyledSeries line : styled) {
            for (List<TrendPoint> segment : line.series().segments()) {
                XYChart.Series<Number, Number> series;
                if (index < all.size()) {
                    series = all.get(index);
                } else {
                    series = spareSeries.isEmpty() ? new XYChart.Series<>() : spareSeries.pop();
                    added.add(series);
                }
                fill(series, segment);
                if (segment.size() == 1 || allShapes) {
                    shapeEach(series, line.style());
                }
                looks.add(line.style());
                index++;
            }
        }
        all.addAll(added);
        shapes.end();
        if (!added.isEmpty()) {
            shapeLayer.toFront(); // new lines join the plot at its end
        }
        for (int i = 0; i < all.size(); i++) {
            restyle(all.get(i).getNode(), looks.get(i), !allShapes);
        }
    }

    /**
     * Puts the segment's points in the series: the points it has are moved, and only the difference in number is
     * added or removed; removed points are kept as the series' spares and come back for a longer range.
     */
    private void fill(XYChart.Series<Number, Number> series, List<TrendPoint> segment) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        ArrayDeque<XYChart.Data<Number, Number>> spare = spares.computeIfAbsent(series, s -> new ArrayDeque<>());
        int kept = Math.min(data.size(), segment.size());
        if (kept < data.size()) {
            List<XYChart.Data<Number, Number>> leaving = data.subList(kept, data.size());
            for (int i = leaving.size() - 1; i >= 0; i--) {
                spare.push(leaving.get(i));
            }
            data.remove(kept, data.size());
        }
        List<XYChart.Data<Number, Number>> more = kept < segment.size() ? new ArrayList<>(segment.size() - kept)
                : List.of();
        for (int i = 0; i < segment.size(); i++) {
            TrendPoint point = segment.get(i);
            double x = ChartTime.of(point.at());
            XYChart.Data<Number, Number> item = i < kept ? data.get(i) : spare.poll();
            if (item == null) {
                item = new XYChart.Data<>(x, point.value());
            } else {
                // boxed anew only when it moves: most points of a range the user returns to are where they were
                if (item.getXValue().doubleValue() != x) {
                    item.setXValue(x);
                }
                if (item.getYValue().doubleValue() != point.value()) {
                    item.setYValue(point.value());
                }
            }
            if (i >= kept) {
                more.add(item);
            }
        }
        if (!more.isEmpty()) {
            data.addAll(more);
        }
    }

    /** Gives each of the series' points a shape from the pool, in this look (style classes set only if they differ). */
    private void shapeEach(XYChart.Series<Number, Number> series, SeriesStyle look) {
        List<String> classes = look.pointClasses();
        for (XYChart.Data<Number, Number> item : series.getData()) {
            Region shape = shapes.next();
            if (!shape.getStyleClass().equals(classes)) {
                shape.getStyleClass().setAll(classes);
            }
            shaped.add(item);
        }
    }

    /** A pooled point shape: the look comes from its style classes (see {@link #shapeEach}). */
    private static Region pointShape() {
        Region shape = new Region();
        shape.setMouseTransparent(true);
        return shape;
    }

    /** The line's look, its style classes changed only when they differ (each change costs the node a CSS pass). */
    private static void restyle(Node line, SeriesStyle look, boolean dense) {
        ObservableList<String> classes = line.getStyleClass();
        // the chart's own three first ("chart-series-line", "seriesN", "default-colorN"), then ours
        List<String> wanted = new ArrayList<>(classes.subList(0, Math.min(3, classes.size())));
        wanted.addAll(look.lineClasses());
        if (dense) {
            // too close for round joins to show, and each costs curves to draw: months of points
            wanted.add("trend-line-dense");
        }
        if (!classes.equals(wanted)) {
            classes.setAll(wanted);
        }
    }

    private boolean inView(double x) {
        return x >= dates.getLowerBound() && x <= dates.getUpperBound();
    }

    /**
     * A point's shape for a chart that draws it as its symbol (the cycle view's). The chart restyles the node it is
     * given as its own symbol (modena's colour per series, a round shape), and each segment is a series of its own;
     * so our shape sits inside a holder whose inline style clears that look.
     */
    static Node shape(SeriesStyle style) {
        Region shape = new Region();
        shape.getStyleClass().addAll(style.pointClasses());
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(shape);
        holder.setStyle("-fx-background-color: null; -fx-padding: 0;");
        holder.setMouseTransparent(true);
        return holder;
    }

    /**
     * Makes no legend: the chart's own is hidden ({@link TrendLegend} names the lines above the charts), yet the line
     * chart still made a label and a symbol for every series, one a segment, and styled and laid them out in the
     * frame that draws the lines (issue 21).
     */
    @Override
    protected void updateLegend() {
        setLegend(null);
    }

    /**
     * Lays out the lines as the line chart does (a move to the first point, then a line to each, shapes centred on
     * their points), but into the path elements each line already has: the chart's own makes new ones for every
     * point at every layout. The points are in time order already, so nothing is sorted.
     */
    @Override
    protected void layoutPlotChildren() {
        for (XYChart.Series<Number, Number> series : getData()) {
            if (!(series.getNode() instanceof Path line)) {
                continue;
            }
            InPlacePath path = paths.get(series);
            if (path == null || path.path() != line) {
                path = new InPlacePath(line);
                paths.put(series, path);
            }
            path.begin();
            boolean first = true;
            for (XYChart.Data<Number, Number> item : series.getData()) {
                double x = dates.getDisplayPosition(item.getXValue());
                double y = values.getDisplayPosition(item.getYValue());
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    continue;
                }
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                }
                path.lineTo(x, y);
            }
            path.end();
        }
        for (int i = 0; i < shaped.size(); i++) {
            XYChart.Data<Number, Number> item = shaped.get(i);
            double x = dates.getDisplayPosition(item.getXValue());
            double y = values.getDisplayPosition(item.getYValue());
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            Region shape = shapes.get(i);
            double w = shape.prefWidth(-1);
            double h = shape.prefHeight(-1);
            shape.resizeRelocate(x - w / 2, y - h / 2, w, h);
        }
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
