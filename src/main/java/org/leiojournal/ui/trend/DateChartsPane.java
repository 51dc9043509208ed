package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.scene.chart.NumberAxis;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.YScale;
import org.leiojournal.ui.common.Messages;

/**
 * The date view: small charts sharing one time axis (scores 0–10, counts, temperature with the user's threshold,
 * weight, then one per ticked blood test with the team's level), each shown only when something drawn in it is
 * ticked, under one legend. The wheel zooms, dragging pans.
 */
final class DateChartsPane extends VBox {

    private final TrendsViewModel model;
    private final TrendWords words;
    private final TrendLegend legend;
    /** The team's level is not an alarm: drawn dashed and worded, in the text colour rather than the alert red. */
    static final String TEAM_LEVEL = "trend-team-level";

    private final Messages messages;
    private final Map<ChartKind, TimeChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<String, TimeChart> labCharts = new java.util.LinkedHashMap<>();
    private double dragAnchor = Double.NaN;

    DateChartsPane(TrendsViewModel model, TrendWords words, Messages messages) {
        super(2);
        this.model = model;
        this.words = words;
        setId("trend-date-view");
        legend = new TrendLegend("trend-legend", messages);
        getChildren().add(legend);
        this.messages = messages;
        // each chart is made when something it draws is first ticked (a chart per blood test likewise): the four
        // made at once, hidden until the read was back, were styled in the first visit's frame (issue 21); the two
        // a first view nearly always shows (the latest scores, temperature) are made hidden in the frame after it,
        // while the journal is read, so the frame of the lines does not style them too
        org.leiojournal.ui.common.AfterFrame.run(this, () -> {
            for (ChartKind kind : FIRST_SHOWN) {
                charts.computeIfAbsent(kind, k -> hidden(newKindChart(k)));
            }
        });
        setOnScroll(this::wheel);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragAnchor = e.getX());
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.pointerLeft());
        widthProperty().addListener((o, old, width) -> model.plotWidthProperty().set((int) Math.max(100, width.doubleValue() - 90)));
        model.dateViewProperty().addListener((o, old, view) -> show(view));
        if (model.dateViewProperty().get() != null) {
            show(model.dateViewProperty().get());
        }
    }

    /** The chart of a kind, or null while nothing it draws has been ticked. */
    TimeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    /** The chart of a ticked blood test, by measure key; made when first ticked. */
    TimeChart labChart(String key) {
        return labCharts.get(key);
    }

    private void show(DateView view) {
        List<TrendLegend.Entry> entries = new ArrayList<>();
        view.lines().forEach(l -> entries.add(new TrendLegend.Entry(l.series().measure().key().replace(':', '-'),
                l.name(), l.style(), l.series().measure(), false)));
        legend.showLines(entries, model.measures()::focus, true);
        List<TimeChart> shown = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            if (kind == ChartKind.LAB) {
                continue;
            }
            List<StyledSeries> lines = view.linesOf(kind);
            if (!charts.containsKey(kind) && lines.isEmpty()) {
                continue;
            }
            OptionalDouble threshold = kind == ChartKind.TEMPERATURE ? view.threshold() : OptionalDouble.empty();
            draw(charts.computeIfAbsent(kind, this::newKindChart), kind, lines, view, threshold, view.thresholdText(),
                    words.axis(kind, view.units()), shown);
        }
        // one chart per blood test, so each is drawn in its own unit with its team's level
        List<StyledSeries> labLines = view.linesOf(ChartKind.LAB);
        labCharts.forEach((key, chart) -> {
            if (labLines.stream().noneMatch(l -> l.series().measure().key().equals(key))) {
                draw(chart, ChartKind.LAB, List.of(), view, OptionalDouble.empty(), "", "", shown);
            }
        });
        for (StyledSeries line : labLines) {
            Measure measure = line.series().measure();
            var level = view.level(measure);
            draw(labCharts.computeIfAbsent(measure.key(), this::newLabChart), ChartKind.LAB, List.of(line), view,
                    level.map(l -> OptionalDouble.of(l.value().doubleValue())).orElse(OptionalDouble.empty()),
                    level.map(words::level).orElse(""), words.axis(measure, view.units()), shown);
            labCharts.get(measure.key()).toFront(); // in the chooser's order, whichever was ticked first
        }
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).dates().setTickLabelsVisible(i == shown.size() - 1);
        }
    }

    private void draw(TimeChart chart, ChartKind kind, List<StyledSeries> lines, DateView view,
                      OptionalDouble threshold, String thresholdText, String axis, List<TimeChart> shown) {
        chart.setVisible(!lines.isEmpty());
        chart.setManaged(!lines.isEmpty());
        if (lines.isEmpty()) {
            chart.showLines(List.of());
            return;
        }
        chart.dates().show(ChartTime.startOf(view.span().first()), ChartTime.endOf(view.span().last()));
        YScale scale = YScale.of(kind, lines.stream().map(StyledSeries::series).toList(), threshold);
        chart.values().setLowerBound(scale.lower());
        chart.values().setUpperBound(scale.upper());
        chart.values().setTickUnit(scale.tick());
        chart.values().setLabel(axis);
        chart.decor().setLabelled(shown.isEmpty());
        chart.decor().setLineClass(kind == ChartKind.LAB ? TEAM_LEVEL : null);
        chart.decor().show(view.span(), view.bands(), view.markers(), threshold, thresholdText);
        chart.showLines(lines);
        chart.setAccessibleText(words.chartDescription(kind, lines, view.span()));
        shown.add(chart);
    }

    private TimeChart newChart(String id, ChartKind kind) {
        TimeChart chart = new TimeChart(id, firstDates(), firstValues(kind), new ChartDecor(messages));
        chart.describeWith(model::describe);
        chart.onPointer(model::pointerAt);
        chart.getStyleClass().add("trend-date-chart"); // its least height is in em: axis titles are not cut at 200 %
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    /**
     * A time axis already over the range chosen: at the epoch's days (its default), its labels were made, styled
     * and measured in the frame that makes the chart, then thrown away for the range's in the frame of the lines
     * (issue 21).
     */
    private DateAxis firstDates() {
        DateAxis dates = new DateAxis(messages.locale());
        DateSpan span = model.range().span();
        if (span != null) {
            dates.show(ChartTime.startOf(span.first()), ChartTime.endOf(span.last()));
        }
        return dates;
    }

    /**
     * A value axis on the kind's scale when no value is known yet (the scores' 0 to 10 is their scale whatever they
     * are): the default 0 to 100 by 5 made 21 labels a chart, thrown away when the lines came (issue 21).
     */
    private static NumberAxis firstValues(ChartKind kind) {
        YScale scale = YScale.of(kind, List.of(), OptionalDouble.empty());
        return new NumberAxis(scale.lower(), scale.upper(), scale.tick());
    }

    /** The charts a first view nearly always shows: temperature is always ticked, and the latest scores. */
    private static final List<ChartKind> FIRST_SHOWN = List.of(ChartKind.SCORES, ChartKind.TEMPERATURE);

    private static TimeChart hidden(TimeChart chart) {
        chart.setVisible(false);
        chart.setManaged(false);
        return chart;
    }

    /** A chart of a kind, in the kinds' order under the legend (the blood tests' charts after them). */
    private TimeChart newKindChart(ChartKind kind) {
        TimeChart chart = newChart("trend-chart-" + kind.name().toLowerCase(Locale.ROOT), kind);
        int at = 1 + (int) charts.keySet().stream().filter(k -> k.ordinal() < kind.ordinal()).count();
        getChildren().add(at, chart);
        return chart;
    }

    private TimeChart newLabChart(String key) {
        TimeChart chart = newChart("trend-chart-" + key.replace(':', '-'), ChartKind.LAB);
        getChildren().add(chart);
        return chart;
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() > 0) {
            model.range().zoomIn();
        } else if (e.getDeltaY() < 0) {
            model.range().zoomOut();
        }
        e.consume();
    }

    /** Drags the time axis: the day under the pointer stays under it, a whole day at a time. */
    private void drag(MouseEvent e) {
        TimeChart chart = java.util.stream.Stream.concat(charts.values().stream(), labCharts.values().stream())
                .filter(TimeChart::isVisible).findFirst().orElse(null);
        if (chart == null || Double.isNaN(dragAnchor)) {
            return;
        }
        double lower = chart.dates().getLowerBound();
        double dayWidth = chart.dates().getDisplayPosition(lower + 1) - chart.dates().getDisplayPosition(lower);
        long days = dayWidth <= 0 ? 0 : Math.round((dragAnchor - e.getX()) / dayWidth);
        if (days != 0) {
            model.range().panDays(days);
            dragAnchor -= days * dayWidth;
        }
    }
}
