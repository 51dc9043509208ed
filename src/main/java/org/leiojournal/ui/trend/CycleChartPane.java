package org.leiojournal.ui.trend;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.CycleLine;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.YScale;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * The by-cycle view: one ticked measure (chosen here) over the day of the cycle, one line per cycle of the most
 * recent course, so cycle 4 can be laid against cycle 3. The latest cycle is the thick black line.
 */
final class CycleChartPane extends VBox {

    /** Black and solid: the latest cycle stands out from the dashed colours of the earlier ones. */
    private static final SeriesStyle LATEST = new SeriesStyle(13);

    private final TrendsViewModel model;
    private final TrendWords words;
    private final Messages messages;
    private final TrendLegend legend;
    private final CycleChart chart;
    private final Label regimen = new Label();
    private final Label lows = new Label();

    CycleChartPane(TrendsViewModel model, Messages messages) {
        super(6);
        this.model = model;
        this.words = model.words();
        this.messages = messages;
        setId("trend-cycle-view");
        NumberAxis days = new NumberAxis();
        days.setLabel(messages.get("trends.axis.cycleDay"));
        chart = new CycleChart(days, new NumberAxis(), new ChartDecor(messages), messages.get("trends.lowCounts"));
        chart.describeWith(this::describe);
        VBox.setVgrow(chart, Priority.ALWAYS);
        legend = new TrendLegend("trend-cycle-legend", messages);
        lows.setId("trend-cycle-lows");
        lows.getStyleClass().add("item-hint");
        lows.setWrapText(true);
        lows.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped in full on a small window, not cut
        lows.managedProperty().bind(lows.textProperty().isNotEmpty());
        lows.visibleProperty().bind(lows.textProperty().isNotEmpty());
        getChildren().addAll(chooser(), legend, chart, lows);
        model.cycleViewProperty().addListener((o, old, view) -> show(view));
        show(model.cycleViewProperty().get());
    }

    private HBox chooser() {
        ComboBox<Measure> measure = new ComboBox<>(model.measures().selected());
        measure.setId("trend-cycle-measure");
        measure.setConverter(Converters.shown(words::name));
        // not a two-way binding: the box clears its value while its items change (all unticked, then one ticked),
        // and that must not clear the model's choice
        measure.setValue(model.cycleMeasureProperty().get());
        measure.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.cycleMeasureProperty().set(now);
            }
        });
        model.cycleMeasureProperty().addListener((o, old, now) -> measure.setValue(now));
        // the box settles its own value after its items change, so the model's choice is shown once it has
        model.measures().selected().addListener((ListChangeListener<Measure>) c -> javafx.application.Platform
                .runLater(() -> measure.setValue(model.cycleMeasureProperty().get())));
        regimen.setId("trend-cycle-regimen");
        regimen.getStyleClass().add("item-hint");
        HBox box = new HBox(8, Forms.label(messages.get("trends.cycle.measure"), measure), measure, regimen);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(CycleView view) {
        if (view == null) {
            chart.showLines(List.of(), List.of());
            legend.showLines(List.of(), m -> { }, false);
            regimen.setText("");
            lows.setText("");
            return;
        }
        List<SeriesStyle> styles = new ArrayList<>();
        List<TrendLegend.Entry> entries = new ArrayList<>();
        int maxDay = 1;
        DoubleSummaryStatistics values = new DoubleSummaryStatistics();
        for (int i = 0; i < view.lines().size(); i++) {
            CycleLine line = view.lines().get(i);
            boolean latest = i == view.lines().size() - 1;
            SeriesStyle style = latest ? LATEST : new SeriesStyle(i + 1);
            styles.add(style);
            entries.add(new TrendLegend.Entry("cycle-" + line.band().cycle(), view.names().get(i), style, null, latest));
            maxDay = Math.max(maxDay, line.band().cycleDay(line.band().span().last()));
            line.segments().forEach(s -> s.forEach(p -> values.accept(p.value())));
        }
        ChartKind kind = ChartKind.of(view.measure());
        YScale scale = YScale.of(kind, values, view.threshold());
        chart.values().setLowerBound(scale.lower());
        chart.values().setUpperBound(scale.upper());
        chart.values().setTickUnit(scale.tick());
        chart.values().setLabel(words.axis(view.measure(), view.units()));
        chart.days().setLowerBound(1);
        chart.days().setUpperBound(maxDay + 1);
        chart.days().setTickUnit(maxDay > 28 ? 7 : maxDay > 14 ? 2 : 1);
        chart.decor().setLineClass(kind == ChartKind.LAB ? DateChartsPane.TEAM_LEVEL : null);
        chart.decor().showThreshold(view.threshold(), view.thresholdText());
        chart.showLines(view.lines(), styles);
        legend.showLines(entries, m -> { }, false);
        regimen.setText(messages.get("trends.cycle.regimen", view.regimen(), view.lines().size()));
        lows.setText(view.lows());
        chart.setAccessibleText(view.lows().isEmpty() ? regimen.getText() : regimen.getText() + ". " + view.lows());
    }

    private String describe(CycleLine line, org.leiojournal.domain.trend.CycleDayPoint point) {
        CycleView view = model.cycleViewProperty().get();
        return messages.get("trends.cycle.point", line.band().cycle(), (int) Math.floor(point.cycleDay()),
                words.name(view.measure()) + " " + words.value(view.measure(), point.value(), view.units()),
                words.formats().dateTime(point.at()));
    }
}
