package org.leiojournal.ui.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Vital;
import org.leiojournal.domain.trend.BandPosition;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.LabRow;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.domain.trend.VitalMeasure;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/** How Trends words a measure, a value and a place in a course, the same in tooltips, legends and the table. */
public final class TrendWords {

    private final Messages messages;
    private final Formats formats;
    private final java.time.format.DateTimeFormatter shortDate;

    public TrendWords(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.shortDate = java.time.format.DateTimeFormatter.ofPattern("d MMM", messages.locale());
    }

    /** "3 Nov", for legends where the year is plain from the range. */
    public String shortDate(java.time.LocalDate day) {
        return shortDate.format(day);
    }

    public Formats formats() {
        return formats;
    }

    public String name(Measure measure) {
        if (measure instanceof ItemMeasure item) {
            return item.item().displayName();
        }
        if (measure instanceof LabMeasure lab) {
            return lab.test().name();
        }
        return ((VitalMeasure) measure).vital() == Vital.TEMPERATURE ? messages.get("trends.measure.temperature")
                : messages.get("trends.measure.weight");
    }

    /** "6", "2 episodes"… a score as its number, a count as a count, a vital with its unit ("37.8 °C"). */
    public String value(Measure measure, double value, TrendUnits units) {
        if (measure instanceof ItemMeasure item) {
            long whole = Math.round(value);
            return item.item().kind() == ItemKind.COUNT ? messages.get("trends.count", whole) : Long.toString(whole);
        }
        if (measure instanceof LabMeasure lab) {
            return labNumber(value) + " " + lab.test().mainUnit().label();
        }
        String number = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return ((VitalMeasure) measure).vital() == Vital.TEMPERATURE
                ? number + " " + units.temperature().symbol() : number + " " + units.weight().symbol();
    }

    /** "Gemcitabine + docetaxel, cycle 3 day 9", or "Pazopanib, day 11" for a treatment without cycles. */
    public String position(BandPosition at) {
        return at.continuous() ? messages.get("trends.position.continuous", at.regimen(), at.cycleDay())
                : messages.get("trends.position", at.regimen(), at.cycle(), at.cycleDay());
    }

    /** "Cycle 3, day 9", or "Day 11" for a treatment without cycles: the table's column, beside the regimen's. */
    public String cycleDay(BandPosition at) {
        return at.continuous() ? messages.get("trends.table.day", at.cycleDay())
                : messages.get("trends.table.cycleDay", at.cycle(), at.cycleDay());
    }

    /** "Nausea 6 · Tue 17 Nov 2026, 09:12 · Gemcitabine + docetaxel, cycle 3 day 9". */
    public String describe(Measure measure, TrendPoint point, TrendUnits units, Optional<BandPosition> position) {
        String text = name(measure) + " " + value(measure, point.value(), units) + " · " + formats.dateTime(point.at());
        return position.map(p -> text + " · " + position(p)).orElse(text);
    }

    /** A blood value as the chart draws it: up to four significant digits, no trailing zeros ("1.5", "150"). */
    static String labNumber(double value) {
        return BigDecimal.valueOf(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** The y axis title of a measure's chart: a blood test's is its name and unit ("Neutrophils (×10⁹/L)"). */
    public String axis(Measure measure, TrendUnits units) {
        if (measure instanceof LabMeasure lab) {
            return messages.get("trends.axis.lab", lab.test().name(), lab.test().mainUnit().label());
        }
        return axis(ChartKind.of(measure), units);
    }

    /** "Your team’s level: at least 1.5 ×10⁹/L", the words beside the dashed line. */
    public String level(org.leiojournal.domain.trend.LabLevel level) {
        String value = labNumber(level.value().doubleValue()) + " " + level.unit().label();
        return messages.get(level.direction() == org.leiojournal.domain.lab.LevelDirection.AT_LEAST
                ? "trends.level.atLeast" : "trends.level.atMost", value);
    }

    /** "1600 /µL": a blood value exactly as entered, with the unit as the lab printed it. */
    public String labValue(LabRow row) {
        return (row.result().value() + " " + unitLabel(row)).strip();
    }

    /** "2000–7500 /µL", the lab's printed range as kept, one end if only one was kept, or "not kept". */
    public String labRange(LabRow row) {
        var low = row.result().labLow().map(BigDecimal::toPlainString);
        var high = row.result().labHigh().map(BigDecimal::toPlainString);
        if (low.isEmpty() && high.isEmpty()) {
            return messages.get("trends.lab.noRange");
        }
        String range = low.isPresent() && high.isPresent() ? low.get() + "–" + high.get()
                : low.map(l -> "≥ " + l).orElseGet(() -> "≤ " + high.get());
        return (range + " " + unitLabel(row)).strip();
    }

    /** "▼ below the range", "▲ above the range", "within the range", or empty when no range was kept: in words. */
    public String labAgainstRange(LabRow row) {
        if (row.result().labLow().isEmpty() && row.result().labHigh().isEmpty()) {
            return "";
        }
        return row.result().outOfLabRange().map(side -> messages.get(side == LabResult.OutOfRange.LOW
                ? "trends.lab.low" : "trends.lab.high")).orElse(messages.get("trends.lab.inside"));
    }

    private static String unitLabel(LabRow row) {
        return row.test().unit(row.result().unit()).map(LabUnit::label).orElse(row.result().unit());
    }

    /** The y axis title of a small chart. */
    public String axis(ChartKind kind, TrendUnits units) {
        return switch (kind) {
            case SCORES -> messages.get("trends.axis.scores");
            case COUNTS -> messages.get("trends.axis.counts");
            case TEMPERATURE -> messages.get("trends.axis.temperature", units.temperature().symbol());
            case WEIGHT -> messages.get("trends.axis.weight", units.weight().symbol());
            case LAB -> messages.get("trends.measures.labs");
        };
    }

    /** What a screen reader hears for a chart: what it shows and where to find the numbers. */
    public String chartDescription(ChartKind kind, java.util.List<StyledSeries> lines, DateSpan span) {
        String names = String.join(", ", lines.stream().map(StyledSeries::name).toList());
        return messages.get("trends.chart.accessible", names, formats.date(span.first()), formats.date(span.last()));
    }
}
