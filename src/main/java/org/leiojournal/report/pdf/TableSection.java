package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.SymptomSummary;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.trend.BandPosition;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendRow;
import org.leiojournal.domain.trend.TrendTable;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.domain.trend.VitalMeasure;

/**
 * The daily table: one row per check-in of the range, from the same {@link TrendTable} as the Trends screen's
 * table, with where it fell in treatment and a column per measure answered in the range. Column names read
 * upwards so fifteen columns fit a portrait page.
 */
record TableSection(SectionContext context) {

    static final float ROW = 11.5f;
    private static final float WHEN = 84;
    private static final float CYCLE = 40;
    private static final float MAX_COLUMN = 34;
    private static final float MAX_NAME = 120;

    Block block() {
        DateSpan span = context.span();
        ReportInput input = context.input();
        List<Measure> measures = new ArrayList<>();
        context.summary().symptoms().stream().filter(s -> s.answeredDays() > 0)
                .forEach(s -> measures.add(new ItemMeasure(s.item())));
        if (context.summary().temperatures().readings() > 0) {
            measures.add(ChartMeasures.TEMPERATURE);
        }
        if (context.summary().weight().isPresent()) {
            measures.add(ChartMeasures.WEIGHT);
        }
        TrendTable table = TrendTable.of(input.checkIns(), measures, context.bands(), span,
                TrendUnits.of(input.profile()));
        float column = measures.isEmpty() ? MAX_COLUMN
                : Math.min(MAX_COLUMN, (context.width() - WHEN - CYCLE) / measures.size());
        List<Row> rows = new ArrayList<>();
        boolean sameYear = span.first().getYear() == span.last().getYear();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(row(table.rows().get(i), measures, column, i, sameYear));
        }
        String units = input.profile().temperatureUnit().symbol() + ", " + input.profile().weightUnit().symbol();
        TextRow note = context.text("One row per check-in, oldest first. – = not answered. Bold on a tint: a score of "
                + "7 or more, or a temperature at or above the team’s number. Temperature and weight in " + units + ".",
                TextStyle.NOTE);
        return new Block("Daily table, " + Words.span(span), java.util.Optional.of(header(note, measures, column)),
                rows, "No check-in in this period.");
    }

    private Row header(TextRow note, List<Measure> measures, float column) {
        float names = measures.stream().map(m -> context.fonts().width(ChartMeasures.name(m), TextStyle.SMALL_BOLD))
                .reduce(0f, Math::max);
        float nameHeight = Math.min(MAX_NAME, names) + 6;
        return new TableHead(note, nameHeight + 4, (canvas, left, bottom, w) -> {
            canvas.text("When", left + 2, bottom, TextStyle.SMALL_BOLD);
            canvas.text("Cycle", left + WHEN, bottom, TextStyle.SMALL_BOLD);
            for (int i = 0; i < measures.size(); i++) {
                String name = Wrap.clip(ChartMeasures.name(measures.get(i)), MAX_NAME, TextStyle.SMALL_BOLD,
                        canvas.fonts());
                canvas.textUp(name, left + WHEN + CYCLE + i * column + column / 2 + 3, bottom, TextStyle.SMALL_BOLD);
            }
        });
    }

    private Row row(TrendRow trendRow, List<Measure> measures, float column, int index, boolean sameYear) {
        return new ZebraRow(ROW, index, (canvas, left, top, w) -> {
            float baseline = top + 8.8f;
            String when = sameYear ? Words.shortMoment(trendRow.at())
                    : Words.plainDate(trendRow.at().toLocalDate()) + " " + Words.time(trendRow.at());
            canvas.text(when, left + 2, baseline, TextStyle.SMALL);
            canvas.text(trendRow.cycle().map(TableSection::cycle).orElse("–"), left + WHEN, baseline,
                    TextStyle.SMALL);
            for (int i = 0; i < measures.size(); i++) {
                OptionalDouble value = trendRow.values().get(i);
                float cell = left + WHEN + CYCLE + i * column;
                if (value.isEmpty()) {
                    canvas.textCentred("–", cell + column / 2, baseline, TextStyle.SMALL.withColour(Rgb.MUTED));
                    continue;
                }
                boolean high = high(measures.get(i), value.getAsDouble());
                if (high) {
                    canvas.fill(cell + 1, top + 0.5f, column - 2, ROW - 1, Rgb.SEVERE_CELL);
                }
                String text = measures.get(i) instanceof VitalMeasure ? Words.decimal(value.getAsDouble())
                        : Words.number(value.getAsDouble());
                canvas.textCentred(text, cell + column / 2, baseline, high ? TextStyle.SMALL_BOLD
                        : TextStyle.SMALL);
            }
        });
    }

    private boolean high(Measure measure, double value) {
        if (measure instanceof ItemMeasure item) {
            return item.item().kind() == ItemKind.SCORE && value >= SymptomSummary.SEVERE;
        }
        Profile profile = context.input().profile();
        return measure.equals(ChartMeasures.TEMPERATURE)
                && value >= profile.temperatureUnit().fromCelsius(profile.feverThresholdCelsius()).doubleValue();
    }

    /** "C3 d9"; continuous treatment "d45". */
    static String cycle(BandPosition position) {
        return position.continuous() ? "d" + position.cycleDay() : "C" + position.cycle() + " d" + position.cycleDay();
    }
}
