package org.leiojournal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** The benchmark's results as a Markdown table: the median, the target, whether it was met, the spread. */
final class BenchTable {

    /** One row as the JSON file keeps it. */
    record Row(String measure, double median, String unit, Double target, Boolean met, String spread) {
    }

    private final List<String> rows = new ArrayList<>();
    private final List<Row> data = new ArrayList<>();
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
        data.add(new Row(measure, value, unit, hasTarget ? target : null, hasTarget ? met : null, spread));
        rows.add(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s |", measure, number(value), unit,
                hasTarget ? "≤ " + number(target) + " " + unit : "", hasTarget ? (met ? "met" : "**missed**") : "",
                spread));
    }

    /** The table, the machine and the number of runs as JSON, so two runs can be compared. */
    void writeJson(Path file, String machine, int runs) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("machine", machine);
        run.put("runs", runs);
        run.put("missed", missed);
        run.put("rows", data);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), run);
    }

    List<Row> rows() {
        return List.copyOf(data);
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
