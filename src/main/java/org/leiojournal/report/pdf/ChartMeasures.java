package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.SymptomSummary;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.SeriesLook;
import org.leiojournal.domain.trend.VitalMeasure;
import org.leiojournal.domain.trend.ItemMeasure;

/**
 * Which measures the report charts and how each looks. A measure keeps the look it has on the Trends screen: its
 * place among the items asked (in their order), then temperature, then weight; an item no longer asked comes
 * after those.
 */
final class ChartMeasures {

    static final Measure TEMPERATURE = new VitalMeasure(Vital.TEMPERATURE);
    static final Measure WEIGHT = new VitalMeasure(Vital.WEIGHT);

    private final List<Measure> options = new ArrayList<>();

    ChartMeasures(ReportInput input) {
        List<SymptomItem> sorted = input.items().stream()
                .sorted(Comparator.comparingInt(SymptomItem::sortOrder).thenComparingLong(SymptomItem::id)).toList();
        sorted.stream().filter(i -> !i.retired()).forEach(i -> options.add(new ItemMeasure(i)));
        options.add(TEMPERATURE);
        options.add(WEIGHT);
        sorted.stream().filter(SymptomItem::retired).forEach(i -> options.add(new ItemMeasure(i)));
    }

    SeriesLook lookOf(Measure measure) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).key().equals(measure.key())) {
                return new SeriesLook(i);
            }
        }
        return new SeriesLook(0);
    }

    /**
     * The charts of the symptoms: scores with something above 0, at most {@code perChart} to a chart so that the
     * lines stay apart, then one chart of the counts with something above 0.
     */
    static List<List<Measure>> symptomCharts(List<SymptomSummary> symptoms, int perChart) {
        List<List<Measure>> charts = new ArrayList<>();
        List<Measure> scores = symptoms.stream().filter(s -> s.item().kind() == ItemKind.SCORE && s.anyAboveZero())
                .map(s -> (Measure) new ItemMeasure(s.item())).toList();
        for (int i = 0; i < scores.size(); i += perChart) {
            charts.add(scores.subList(i, Math.min(scores.size(), i + perChart)));
        }
        List<Measure> counts = symptoms.stream().filter(s -> s.item().kind() == ItemKind.COUNT && s.anyAboveZero())
                .map(s -> (Measure) new ItemMeasure(s.item())).toList();
        if (!counts.isEmpty()) {
            charts.add(counts);
        }
        return charts;
    }

    /** The name a measure goes by in the report: the item's own, or "Temperature" and "Weight". */
    static String name(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return item.item().displayName();
        }
        return ((VitalMeasure) measure).vital() == Vital.TEMPERATURE ? "Temperature" : "Weight";
    }

    static ChartKind kindOf(List<Measure> measures) {
        return ChartKind.of(measures.get(0));
    }
}
