package org.leiojournal.report.pdf;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.CountsBeforeCycle;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.lab.UnitConverter;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.SeriesLook;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.YScale;

/**
 * Neutrophils and platelets against the cycles, one small chart each, drawn by the report's own {@link ChartRow} on
 * the same bands (drug days, the days low counts are expected hatched). Each value is drawn in the test's main
 * unit (×10⁹/L) whatever unit the lab printed, so two labs' results sit on one scale; the table keeps them as
 * entered. A value in a unit the catalogue does not know is left off the chart, never guessed. The team's level
 * for the count, when the journal keeps one, is the dashed line, as the team's temperature is on its chart.
 */
record BloodCountCharts(SectionContext context) {

    private static final List<String> CHARTED = List.of(CountsBeforeCycle.NEUTROPHILS, CountsBeforeCycle.PLATELETS);

    /** The charts of the counts these tests hold; empty when they hold neither. */
    Optional<Block> block(List<BloodTest> tests) {
        List<CycleBand> bands = context.bands().bands();
        List<Row> charts = new ArrayList<>();
        for (int i = 0; i < CHARTED.size(); i++) {
            String id = CHARTED.get(i);
            Optional<LabTest> test = context.input().labs().catalogue().stream().filter(t -> t.id().equals(id))
                    .findFirst();
            if (test.isEmpty()) {
                continue;
            }
            List<TrendPoint> points = points(test.get(), tests);
            if (!points.isEmpty()) {
                charts.add(chart(test.get(), points, new SeriesLook(i), bands));
            }
        }
        if (charts.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(context.text("From the blood tests listed below, drawn in ×10⁹/L whatever unit the lab printed. "
                + "Shaded bands are treatment cycles, hatching the days low blood counts are expected.",
                TextStyle.NOTE));
        rows.addAll(charts);
        return Optional.of(Block.of("Blood counts, " + Words.span(context.span()), rows, ""));
    }

    /** The test's values in its main unit at the moments they were drawn, earliest first. */
    List<TrendPoint> points(LabTest test, List<BloodTest> tests) {
        ZoneId zone = context.input().now().getZone();
        List<TrendPoint> points = new ArrayList<>();
        for (BloodTest blood : tests) {
            Optional<LabResult> result = blood.result(test.id());
            Optional<LabUnit> unit = result.flatMap(r -> test.unit(r.unit()));
            if (result.isPresent() && unit.isPresent() && result.get().number().isPresent()) {
                double value = UnitConverter.toMain(test, result.get().number().get(), unit.get()).doubleValue();
                points.add(new TrendPoint(blood.drawnAt().atZone(zone), value));
            }
        }
        return points;
    }

    /**
     * One line through the test's values (tests are days or weeks apart; a line between them is how they are read),
     * on a scale from 0 so a fall reads as a fall.
     */
    private Row chart(LabTest test, List<TrendPoint> points, SeriesLook look, List<CycleBand> bands) {
        ChartLine line = new ChartLine(List.of(points), test.name(), look);
        Optional<TeamLevel> level = context.input().labs().teamLevels().stream()
                .filter(l -> l.measure().equals(test.id())).findFirst();
        // in the chart's unit; a level in a unit the catalogue does not know is not drawn
        Optional<java.math.BigDecimal> inMain = level.flatMap(l -> test.unit(l.unit())
                .map(unit -> UnitConverter.toMain(test, l.value(), unit)));
        OptionalDouble threshold = inMain.map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty());
        double max = Math.max(1, Math.max(ChartLine.values(List.of(line)).getMax(), threshold.orElse(0)));
        double tick = YScale.niceTick(max);
        YScale scale = new YScale(0, Math.ceil(max * 1.1 / tick) * tick, tick);
        String unit = test.mainUnit().label();
        String levelText = level.filter(l -> inMain.isPresent()).map(l -> "the team’s level, "
                + (l.direction() == LevelDirection.AT_LEAST ? "at least " : "at most ")
                + Words.plain(inMain.get()) + "\u00A0" + unit).orElse("");
        return new ChartRow(test.name() + " " + unit, List.of(line), scale, threshold, levelText, bands,
                context.span());
    }
}
