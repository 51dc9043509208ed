package org.leiojournal.report.pdf;

import java.util.OptionalDouble;
import org.leiojournal.domain.report.SymptomSummary;
import org.leiojournal.domain.report.TrendArrow;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.trend.DateSpan;

/**
 * The symptom table of the first page: one row per symptom with its worst and average day, the days at 4+ and
 * 7+, the days answered, a sparkline over the range and the trend arrow. A severe worst day (7 or more) is bold
 * on a tinted cell: the number itself says it, the tint only helps the eye.
 */
final class SymptomTable {

    static final float ROW = 15;
    private static final float[] COLUMNS = {0, 142, 174, 210, 254, 298, 352};
    private static final float TREND_WIDTH = 58;
    private static final String[] NAMES = {"Symptom", "Worst", "Mean", "Days ≥4", "Days ≥7", "Answered"};

    private SymptomTable() {
    }

    /** The explanation and column names, repeated wherever the table continues. */
    static Row header(DateSpan span, long days, ReportFonts fonts, float width) {
        TextRow explanation = TextRow.of("Most severe first. Each day counts once, at its worst answer: worst, mean "
                + "and days at 4 or more and 7 or more are of those days; days not answered are left out, never "
                + "counted as 0. 0 = none, 10 = worst possible (vomiting, loose stools: times in 24 hours). Trend: "
                + "the mean of the last 7 days against the 7 before: ↑ 1 point or more higher (worse), ↓ 1 point or "
                + "more lower, → less than 1 point apart, – too few answers.", TextStyle.NOTE, width, fonts);
        return new TableHead(explanation, ROW, (canvas, left, baseline, w) -> {
            for (int i = 0; i < NAMES.length; i++) {
                canvas.text(NAMES[i], left + COLUMNS[i], baseline, TextStyle.SMALL_BOLD);
            }
            boolean oneYear = span.first().getYear() == span.last().getYear();
            canvas.text(oneYear ? Words.shortDay(span.first()) + " – " + Words.shortDay(span.last())
                            : Words.monthYear(span.first()) + " – " + Words.monthYear(span.last()),
                    left + COLUMNS[6], baseline, TextStyle.SMALL_BOLD);
            canvas.textRight("Trend", left + w, baseline, TextStyle.SMALL_BOLD);
        });
    }

    static Row row(SymptomSummary summary, String label, DateSpan span, long days, int index) {
        return new ZebraRow(ROW, index, (canvas, left, top, width) -> {
            float baseline = top + 11;
            TextStyle body = TextStyle.BODY;
            String name = Wrap.clip(label, COLUMNS[1] - COLUMNS[0] - 6, body, canvas.fonts());
            canvas.text(name, left + 2, baseline, body);
            OptionalDouble worst = summary.worst();
            boolean severe = summary.item().kind() == ItemKind.SCORE && worst.orElse(0) >= SymptomSummary.SEVERE;
            if (severe) {
                canvas.fill(left + COLUMNS[1] - 3, top + 1, COLUMNS[2] - COLUMNS[1] - 2, ROW - 2,
                        Rgb.SEVERE_CELL);
            }
            canvas.text(worst.isPresent() ? Words.number(worst.getAsDouble()) : "–", left + COLUMNS[1], baseline,
                    severe ? TextStyle.BODY_BOLD : body);
            OptionalDouble average = summary.average();
            canvas.text(average.isPresent() ? Words.decimal(average.getAsDouble()) : "–", left + COLUMNS[2],
                    baseline, body);
            canvas.text(Integer.toString(summary.daysAtLeast(SymptomSummary.MODERATE)), left + COLUMNS[3],
                    baseline, body);
            canvas.text(Integer.toString(summary.daysAtLeast(SymptomSummary.SEVERE)), left + COLUMNS[4],
                    baseline, body);
            String answered = summary.answeredDays() + " of " + days;
            if (canvas.width(answered, body) > COLUMNS[6] - COLUMNS[5] - 4) {
                answered = summary.answeredDays() + "/" + days; // a range of years: "3345/3652"
            }
            canvas.text(answered, left + COLUMNS[5], baseline, body);
            float sparkRight = left + width - TREND_WIDTH - 6;
            Sparkline.draw(canvas, summary, span, left + COLUMNS[6], top + 2, sparkRight - left - COLUMNS[6],
                    ROW - 4);
            canvas.textRight(trend(summary.trend()), left + width, baseline, body);
        });
    }

    /** "↑ +1.4", "↓ −2.0", "→ +0.3", or "–" when there are too few answers to say. */
    static String trend(TrendArrow arrow) {
        return switch (arrow.direction()) {
            case UP -> "↑ " + Words.signed(arrow.difference());
            case DOWN -> "↓ " + Words.signed(arrow.difference());
            case STEADY -> "→ " + Words.signed(arrow.difference());
            case UNKNOWN -> "–";
        };
    }
}
