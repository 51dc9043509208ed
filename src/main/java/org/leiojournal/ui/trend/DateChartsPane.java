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
import org.leiojournal.domain.trend.YScale;
import org.leiojournal.ui.common.Messages;

/**
 * The date view: small charts sharing one time axis (scores 0–10, counts, temperature with the user's threshold,
 * weight), each shown only when something drawn in it is ticked, under one legend. The wheel zooms, dragging pans.
 */
final class DateChartsPane extends VBox {

    private final TrendsViewModel model;
    private final TrendWords words;
    private final TrendLegend legend;
    private final Map<ChartKind, TimeChart> charts = new EnumMap<>(ChartKind.class);
    private double dragAnchor = Double.NaN;

    DateChartsPane(TrendsViewModel model, TrendWords words, Messages messages) {
        super(2);
        this.model = model;
        this.words = words;
        setId("trend-date-view");
        legend = new TrendLegend("trend-legend", messages);
        getChildren().add(legend);
        for (ChartKind kind : ChartKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            TimeChart chart = new TimeChart("trend-chart-" + name, new DateAxis(messages.locale()), new NumberAxis(),
                    new ChartDecor(messages));
            chart.describeWith(model::describe);
            chart.onPointer(model::pointerAt);
            chart.getStyleClass().add("trend-date-chart"); // its least height is in em: axis titles are not cut at 200 %
            VBox.setVgrow(chart, Priority.ALWAYS);
            charts.put(kind, chart);
            getChildren().add(chart);
        }
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

    TimeChart chart(ChartKind kind) {
        return charts.get(kind);
    }

    private void show(DateView view) {
        List<TrendLegend.Entry> entries = new ArrayList<>();
        view.lines().forEach(l -> entries.add(new TrendLegend.Entry(l.series().measure().key().replace(':', '-'),
                l.name(), l.style(), l.series().measure(), false)));
        legend.showLines(entries, model.measures()::focus, true);
        List<TimeChart> shown = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            TimeChart chart = charts.get(kind);
            List<StyledSeries> lines = view.linesOf(kind);
            chart.setVisible(!lines.isEmpty());
            chart.setManaged(!lines.isEmpty());
            if (lines.isEmpty()) {
                chart.showLines(List.of());
                continue;
            }
            OptionalDouble threshold = kind == ChartKind.TEMPERATURE ? view.threshold() : OptionalDouble.empty();
            chart.dates().show(ChartTime.startOf(view.span().first()), ChartTime.endOf(view.span().last()));
            YScale scale = YScale.of(kind, lines.stream().map(StyledSeries::series).toList(), threshold);
            chart.values().setLowerBound(scale.lower());
            chart.values().setUpperBound(scale.upper());
            chart.values().setTickUnit(scale.tick());
            chart.values().setLabel(words.axis(kind, view.units()));
            chart.decor().setLabelled(shown.isEmpty());
            chart.decor().show(view.span(), view.bands(), view.markers(), threshold, view.thresholdText());
            chart.showLines(lines);
            chart.setAccessibleText(words.chartDescription(kind, lines, view.span()));
            shown.add(chart);
        }
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).dates().setTickLabelsVisible(i == shown.size() - 1);
        }
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
        TimeChart chart = charts.values().stream().filter(TimeChart::isVisible).findFirst().orElse(null);
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
