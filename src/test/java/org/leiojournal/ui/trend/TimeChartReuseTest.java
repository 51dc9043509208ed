package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.Downsampler;
import org.leiojournal.domain.trend.DrugDay;
import org.leiojournal.domain.trend.MarkerGroups;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/**
 * A chart keeps its series, points and marks from one range to the next and changes them in place. What it then
 * draws must be what a chart drawing that range for the first time draws: switched from ten years to 30 days and
 * back, its lines, points, bands, labels and marker glyphs are those of a fresh chart showing ten years.
 */
@Tag("ui")
class TimeChartReuseTest extends WindowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST = LocalDate.of(2026, 11, 22);
    private static final DateSpan TEN_YEARS = new DateSpan(LAST.minusYears(10).plusDays(1), LAST);
    private static final DateSpan MONTH = new DateSpan(LAST.minusDays(29), LAST);
    private static final int WIDTH = 700;

    private final Messages messages = new Messages(Locale.UK);
    private TimeChart switched;
    private TimeChart fresh;

    @Override
    public void start(Stage stage) {
        switched = chart("switched");
        fresh = chart("fresh");
        showAtItsSize(stage, new Scene(new VBox(switched, fresh), WIDTH + 100, 700));
    }

    @Test
    void switchedFromTenYearsTo30DaysAndBackItDrawsWhatAFreshChartDraws() {
        switchTo(TEN_YEARS);
        String first = drawing(switched);
        switchTo(MONTH);
        String month = drawing(switched);
        showOnBoth(TEN_YEARS);

        assertEquals(drawing(fresh), drawing(switched));
        assertEquals(first, drawing(switched), "and what it drew the first time");
        assertTrue(month.contains("shape"), "30 days draws each point's shape: " + month.length());
        assertTrue(!drawing(switched).contains("shape"), "ten years does not, and none is left over");
        assertTrue(drawing(switched).contains("trend-marker-group"), "ten years groups its markers");
        assertEquals(2, switched.getData().size(), "one series per segment: the gap splits the line in two");
    }

    @Test
    void aMonthAfterTenYearsIsWhatAFreshChartDrawsForTheMonth() {
        switchTo(TEN_YEARS);
        showOnBoth(MONTH);
        assertEquals(drawing(fresh), drawing(switched));
    }

    @Test
    void aMonthAfterTenYearsAfterAMonthIsWhatAFreshChartDrawsForTheMonth() {
        switchTo(MONTH);
        String first = drawing(switched);
        switchTo(TEN_YEARS);
        showOnBoth(MONTH);

        assertEquals(drawing(fresh), drawing(switched));
        assertEquals(first, drawing(switched), "and what it drew the first time");
        int points = switched.getData().stream().mapToInt(series -> series.getData().size()).sum();
        assertTrue(points >= 30, points + " points");
        assertEquals(points, count(drawing(switched), " shape "), "a shape for each point, none left over");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static void settle() {
        FxSettle.settle();
    }

    /** The chart under test switched to {@code span}, drawn. */
    private void switchTo(DateSpan span) {
        interact(() -> show(switched, span));
        settle();
    }

    /** {@code span} on the switched chart and on the fresh one, both drawn. */
    private void showOnBoth(DateSpan span) {
        interact(() -> {
            show(switched, span);
            show(fresh, span);
        });
        settle();
    }

    private TimeChart chart(String id) {
        TimeChart chart = new TimeChart(id, new DateAxis(Locale.UK), new NumberAxis(), new ChartDecor(messages));
        chart.setPrefSize(WIDTH, 300);
        chart.setMinSize(WIDTH, 300);
        return chart;
    }

    /** As the date view draws a chart: axes, decor, then lines cut to the range and thinned. */
    private static void show(TimeChart chart, DateSpan span) {
        chart.dates().show(ChartTime.startOf(span.first()), ChartTime.endOf(span.last()));
        chart.values().setLowerBound(0);
        chart.values().setUpperBound(10);
        chart.values().setTickUnit(2);
        chart.decor().setLabelled(true);
        chart.decor().setLineClass(null);
        chart.decor().show(span, bands(span), MarkerGroups.of(markers(span), span, WIDTH), OptionalDouble.of(7),
                "Your team’s threshold");
        chart.showLines(List.of(new StyledSeries(Downsampler.downsample(series(), span, LONDON, 350), "Pain",
                new SeriesStyle(0))));
        chart.requestLayout();
    }

    /** Ten years of daily scores with a month's gap in 2020 (two segments). */
    private static TrendSeries series() {
        List<TrendPoint> before = new ArrayList<>();
        List<TrendPoint> after = new ArrayList<>();
        for (LocalDate day = TEN_YEARS.first(); !day.isAfter(LAST); day = day.plusDays(1)) {
            if (day.getYear() == 2020 && day.getMonthValue() == 3) {
                continue;
            }
            TrendPoint point = new TrendPoint(ZonedDateTime.of(day, LocalTime.of(9, 0), LONDON),
                    (day.toEpochDay() * 7) % 11);
            (day.getYear() < 2020 ? before : after).add(point);
        }
        return new TrendSeries(MeasuresViewModel.TEMPERATURE, List.of(before, after));
    }

    /** Three-weekly cycles over the last two years, each with two drug days and a low-count window. */
    private static List<CycleBand> bands(DateSpan span) {
        List<CycleBand> bands = new ArrayList<>();
        int cycle = 1;
        for (LocalDate start = LAST.minusYears(2); !start.isAfter(LAST); start = start.plusDays(21), cycle++) {
            DateSpan days = new DateSpan(start, start.plusDays(20));
            if (days.last().isBefore(span.first())) {
                continue;
            }
            bands.add(new CycleBand(1, "Gemcitabine + docetaxel", "", cycle, days,
                    List.of(new DrugDay(start, 1, List.of("Gemcitabine")),
                            new DrugDay(start.plusDays(7), 8, List.of("Gemcitabine", "Docetaxel"))),
                    Optional.of(new DateSpan(start.plusDays(6), start.plusDays(12))),
                    List.of("Gemcitabine", "Docetaxel")));
        }
        return bands;
    }

    /** A note every third day and an alert of each tier every week, appointments monthly, in the range. */
    private static List<TrendMarker> markers(DateSpan span) {
        List<TrendMarker> markers = new ArrayList<>();
        for (LocalDate day = span.first(); !day.isAfter(span.last()); day = day.plusDays(1)) {
            ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(10, 0), LONDON);
            if (day.toEpochDay() % 3 == 0) {
                markers.add(new TrendMarker(at, TrendMarker.Kind.NOTE, "Note " + day));
            }
            if (day.toEpochDay() % 7 == 0) {
                markers.add(new TrendMarker(at.plusHours(1), TrendMarker.Kind.CALL_NOW, "Temperature 38.4 °C"));
                markers.add(new TrendMarker(at.plusHours(2), TrendMarker.Kind.TELL_SOON, "Nausea 7"));
            }
            if (day.getDayOfMonth() == 5) {
                markers.add(new TrendMarker(at, TrendMarker.Kind.APPOINTMENT, "Oncology clinic"));
            }
        }
        return markers;
    }

    /** Everything the chart shows, in drawing order: each shown node's kind, style classes, place and words. */
    private String drawing(TimeChart chart) {
        StringBuilder out = new StringBuilder();
        interact(() -> {
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                out.append("series");
                series.getData().forEach(d -> out.append(' ').append(d.getXValue()).append(',').append(d.getYValue()));
                out.append('\n');
            }
            describe(chart.decor(), out);
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                describe(series.getNode(), out);
            }
            describe(chart.pointShapes(), out); // each shown point shape with its look, place and size
        });
        return out.toString();
    }

    private static void describe(Node node, StringBuilder out) {
        if (!node.isVisible()) {
            return;
        }
        out.append(node.getClass().getSimpleName()).append(' ').append(node.getStyleClass()).append(" at ")
                .append(Math.round(node.getLayoutX())).append(',').append(Math.round(node.getLayoutY()));
        if (node instanceof Text text) {
            out.append(" \"").append(text.getText()).append('"');
        }
        if (node instanceof Region region && region.getStyleClass().contains("trend-point")) {
            out.append(" shape ").append(region.getBoundsInParent());
        }
        if (node instanceof Shape shape) {
            out.append(' ').append(shape.getBoundsInLocal());
        }
        if (node instanceof Path path) {
            path.getElements().forEach(e -> out.append(' ').append(e));
        }
        out.append('\n');
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> describe(child, out));
        }
    }
}
