package org.leiojournal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as a Markdown table: the median, the target, whether it was met, the spread. */
final class BenchTable {

    private final List<String> rows = new ArrayList<>();
    private int missed;

    /** A measure with a target it must not exceed; {@code target} NaN for one reported without a target. */
    void add(String measure, Samples samples, String unit, double target) {
        add(measure, samples.median(), unit, target, String.format(Locale.ROOT, "%s–%s, %d runs",
                number(samples.min()), number(samples.max()), samples.count()));
    }

    void add(String measure, double value, String unit, double target, String spread) {
        boolean hasTarget = !Double.isNaN(target);
        boolean met = !hasTarget || value <= target;
        if (!met) {
            missed++;
        }
        rows.add(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |", measure, number(value), unit,
                hasTarget ? "≤ " + number(target) + " " + unit : "", hasTarget ? (met ? "met" : "**missed**") : "",
                spread));
    }

    int missed() {
        return missed;
    }

    String markdown() {
        return "| Measure | Median | Target | | Spread |\n|---|---:|---:|---|---|\n" + String.join("\n", rows) + "\n";
    }

    /** Two decimals below 10, one below 100, whole numbers above. */
    static String number(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.2f", value)
                : value < 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
    }
}
