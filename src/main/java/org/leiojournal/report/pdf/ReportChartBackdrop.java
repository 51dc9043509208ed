package org.leiojournal.report.pdf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.List;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.DrugDay;
import org.leiojournal.domain.trend.YScale;

/** What a report chart draws around its lines: cycle bands, grid and value labels, the threshold, the dates. */
final class ReportChartBackdrop {

    private ReportChartBackdrop() {
    }

    /** Cycle bands cut to the plot, "C3" at the top of each wide enough, drug-day marks and low-count hatching. */
    static void bands(Canvas canvas, List<CycleBand> bands, DateSpan span, TimeScale x, float top, float height) {
        float leftEdge = x.left();
        float rightEdge = x.left() + x.width();
        for (CycleBand band : bands) {
            float from = Math.max(leftEdge, x.start(band.span().first()));
            float to = Math.min(rightEdge, x.end(band.span().last()));
            if (to <= from) {
                continue;
            }
            canvas.fill(from, top, to - from, height, band.cycle() % 2 == 0 ? Rgb.BAND_EVEN : Rgb.BAND_ODD);
            band.lowCounts().ifPresent(window -> {
                float lowFrom = Math.max(leftEdge, x.start(window.first()));
                float lowTo = Math.min(rightEdge, x.end(window.last()));
                if (lowTo > lowFrom) {
                    canvas.hatch(lowFrom, top, lowTo - lowFrom, height, Rgb.LOW_COUNTS);
                }
            });
            String label = band.continuous() ? band.regimen() : "C" + band.cycle();
            if (to - from > canvas.width(label, TextStyle.AXIS) + 6) {
                canvas.text(label, from + 3, top + 15, TextStyle.AXIS.asBold());
            }
            for (DrugDay day : band.drugDays()) {
                if (span.contains(day.date())) {
                    float mark = x.start(day.date());
                    canvas.fill(mark, top, Math.max(1.5f, x.dayWidth()), 4, Rgb.ACCENT);
                }
            }
        }
    }

    static void grid(Canvas canvas, YScale scale, ChartRow.ValueScale y, float left, float width) {
        int steps = (int) Math.round((scale.upper() - scale.lower()) / scale.tick());
        for (int i = 0; i <= steps; i++) {
            double value = scale.lower() + i * scale.tick();
            float at = y.of(value);
            canvas.line(left, at, left + width, at, 0.4f, Rgb.GRID, List.of());
            canvas.textRight(Words.number(Math.round(value * 10) / 10.0), left - 3, at + 3, TextStyle.AXIS);
        }
    }

    static void threshold(Canvas canvas, float y, float left, float width) {
        canvas.line(left, y, left + width, y, 1.2f, Rgb.ALERT, List.of(9, 4));
    }

    /**
     * Dates under the plot, as many as fit: every day, every other day, Mondays, every other Monday, the first of
     * every month or of every 2, 3 or 6 months (the year beside January and the first label), or each year.
     */
    static void dates(Canvas canvas, DateSpan span, TimeScale x, float bottom) {
        long days = ChronoUnit.DAYS.between(span.first(), span.last()) + 1;
        int fit = Math.max(2, (int) (x.width() / 48));
        List<LocalDate> ticks = ticks(span, days, fit);
        boolean monthly = ticks.size() > 1 && ticks.get(0).getDayOfMonth() == 1 && ticks.get(1).getDayOfMonth() == 1;
        boolean yearly = monthly && ticks.get(1).getYear() > ticks.get(0).getYear()
                && ticks.get(1).getMonth() == ticks.get(0).getMonth();
        boolean first = true;
        for (LocalDate day : ticks) {
            float at = x.start(day);
            canvas.line(at, bottom, at, bottom + 3, 0.5f, Rgb.MUTED, List.of());
            String label = yearly ? Integer.toString(day.getYear())
                    : monthly ? (first || day.getMonthValue() == 1 ? Words.monthYear(day) : Words.month(day))
                    : Words.shortDay(day);
            canvas.textCentred(label, Math.min(Math.max(at, x.left() + 14), x.left() + x.width() - 14),
                    bottom + 12, TextStyle.AXIS);
            first = false;
        }
    }

    private static List<LocalDate> ticks(DateSpan span, long days, int fit) {
        for (int step : new int[] {1, 2}) {
            if (days / step <= fit) {
                return span.first().datesUntil(span.last().plusDays(1), java.time.Period.ofDays(step)).toList();
            }
        }
        LocalDate monday = span.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (int weeks : new int[] {1, 2}) {
            if (days / (7L * weeks) <= fit) {
                return monday.datesUntil(span.last().plusDays(1), java.time.Period.ofWeeks(weeks)).toList();
            }
        }
        LocalDate month = span.first().withDayOfMonth(1).plusMonths(span.first().getDayOfMonth() == 1 ? 0 : 1);
        for (int months : new int[] {1, 2, 3, 6, 12, 24}) {
            if (days / (30L * months) <= fit) {
                // quarters start in January, April, July and October; years on 1 January
                LocalDate start = month;
                while ((start.getMonthValue() - 1) % Math.min(months, 12) != 0) {
                    start = start.plusMonths(1);
                }
                return start.datesUntil(span.last().plusDays(1), java.time.Period.ofMonths(months)).toList();
            }
        }
        return List.of(span.first());
    }
}
