package org.leiojournal.report.pdf;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.Downsampler;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.domain.trend.TrendSeriesBuilder;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.domain.trend.YScale;

/**
 * The charts pages: the same series, bands and scales as the Trends screen, from the same domain builders, so a
 * report and the screen cannot disagree. Scores share charts four at a time; counts, temperature (with the
 * team's threshold) and weight have one each. Nothing is drawn for a measure without a value above 0.
 */
record ChartSection(SectionContext context) {

    static final int LINES_PER_CHART = 4;

    Block block() {
        DateSpan span = context.span();
        ReportInput input = context.input();
        TrendUnits units = TrendUnits.of(input.profile());
        List<CheckIn> inRange = input.checkIns().stream().filter(c -> span.contains(c.day())).toList();
        List<CycleBand> bands = context.bands().bands();
        ChartMeasures looks = new ChartMeasures(input);
        List<Row> rows = new ArrayList<>();
        rows.add(context.text("Shaded bands are treatment cycles (C3 = cycle 3), blue marks at their top the days drugs "
                + "are given, hatching the days low blood counts are expected. A gap in a line means not answered, "
                + "or no entry for two days or more: never a 0. Each line has its own colour, dash and point shape.",
                TextStyle.NOTE));
        for (List<Measure> measures : ChartMeasures.symptomCharts(context.summary().symptoms(), LINES_PER_CHART)) {
            ChartKind kind = ChartMeasures.kindOf(measures);
            rows.add(chart(kind == ChartKind.SCORES ? "Scores 0–10" : "Times in 24 hours", measures, inRange, units,
                    looks, bands, OptionalDouble.empty(), ""));
        }
        OptionalDouble threshold = OptionalDouble.of(input.profile().temperatureUnit()
                .fromCelsius(input.profile().feverThresholdCelsius()).doubleValue());
        String unit = input.profile().temperatureUnit().symbol();
        if (context.summary().temperatures().readings() > 0) {
            rows.add(chart("Temperature " + unit, List.of(ChartMeasures.TEMPERATURE), inRange, units, looks, bands,
                    threshold, "the team’s number, " + Words.decimal(threshold.getAsDouble()) + "\u00A0" + unit));
        }
        if (context.summary().weight().isPresent()) {
            rows.add(chart("Weight " + input.profile().weightUnit().symbol(), List.of(ChartMeasures.WEIGHT), inRange,
                    units, looks, bands, OptionalDouble.empty(), ""));
        }
        return Block.of("Charts, " + Words.span(span), rows, "");
    }

    private Row chart(String title, List<Measure> measures, List<CheckIn> inRange, TrendUnits units,
                      ChartMeasures looks, List<CycleBand> bands, OptionalDouble threshold, String thresholdText) {
        DateSpan span = context.span();
        ZoneId zone = context.input().now().getZone();
        int buckets = Math.max(1, (int) (context.width() - ChartRow.AXIS_WIDTH));
        List<ChartLine> lines = new ArrayList<>();
        for (Measure measure : measures) {
            TrendSeries series = Downsampler.downsample(TrendSeriesBuilder.build(measure, inRange, units), span, zone,
                    buckets);
            lines.add(new ChartLine(series, ChartMeasures.name(measure), looks.lookOf(measure)));
        }
        YScale scale = YScale.of(ChartKind.of(measures.get(0)), ChartLine.values(lines), threshold);
        return new ChartRow(title, lines, scale, threshold, thresholdText, bands, span);
    }
}
