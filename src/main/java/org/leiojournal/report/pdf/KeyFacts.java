package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.report.CycleSummary;
import org.leiojournal.domain.report.DoxorubicinSummary;
import org.leiojournal.domain.report.TemperatureSummary;
import org.leiojournal.domain.report.VisitSummary;
import org.leiojournal.domain.report.WeightChange;

/** The first page's key facts: alerts, temperature, weight, cycles and the doxorubicin total, one line each. */
record KeyFacts(VisitSummary summary, AlertRuleSet rules, TemperatureUnit unit, ReportFonts fonts, float width,
                float lead) {

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(fact("Alerts", alerts()));
        rows.add(fact("Temperature", temperature()));
        rows.add(fact("Weight", weight()));
        rows.add(fact("Cycles", cycles()));
        DoxorubicinSummary doxorubicin = summary.doxorubicin();
        if (doxorubicin.relevant()) {
            rows.add(fact("Doxorubicin", doxorubicin(doxorubicin)));
        }
        return rows;
    }

    private Row fact(String label, String text) {
        return TextRow.led(label, lead, text, TextStyle.BODY, width, fonts);
    }

    private String alerts() {
        long unread = summary.alerts().stream().filter(a -> a.isOpen()).count();
        if (summary.alerts().isEmpty()) {
            return "none raised";
        }
        Map<AlertTier, Long> byTier = rules.countByTier(summary.alerts());
        String tiers = Arrays.stream(AlertTier.values())
                .map(t -> rules.wording(t).label() + ": " + byTier.get(t))
                .collect(Collectors.joining(" \u00B7 "));
        return tiers + (unread == 0 ? " (all read)" : " (" + unread + " not yet read)");
    }

    private String temperature() {
        TemperatureSummary t = summary.temperatures();
        String threshold = Words.threshold(t.thresholdCelsius(), unit);
        if (t.readings() == 0) {
            return "no readings";
        }
        String highest = t.highest().map(r -> "highest " + Words.temperature(r.temperature()) + " ("
                + Words.when(r.at(), summary.range().span()) + ")").orElse("");
        if (t.atOrAbove().isEmpty()) {
            return Words.count(t.readings(), "reading") + ", none at or above " + threshold + "; " + highest;
        }
        return t.atOrAbove().size() + " of " + Words.count(t.readings(), "reading") + " at or above " + threshold
                + "; " + highest;
    }

    private String weight() {
        return summary.weight().map(this::weight).orElse("no readings");
    }

    private String weight(WeightChange w) {
        org.leiojournal.domain.trend.DateSpan span = summary.range().span();
        String unit = "\u00A0" + w.unit().symbol();
        if (w.readings() == 1) {
            return "one reading, " + Words.decimal(w.first().value()) + unit + " ("
                    + Words.day(w.first().at().toLocalDate(), span) + ")";
        }
        return Words.decimal(w.first().value()) + unit + " → " + Words.decimal(w.last().value()) + unit + ": "
                + Words.signed(w.change()) + unit + " (" + Words.signed(w.percent()) + "\u00A0%), "
                + Words.day(w.first().at().toLocalDate(), span) + " to " + Words.day(w.last().at().toLocalDate(), span)
                + ", "
                + Words.count(w.readings(), "reading");
    }

    private String cycles() {
        List<CycleSummary> cycles = summary.cycles();
        if (cycles.isEmpty()) {
            return "none in this period";
        }
        long delays = cycles.stream().mapToLong(c -> c.delays().size()).sum();
        long reduced = cycles.stream().flatMap(c -> c.doses().stream()).filter(d -> d.given().isPresent()).count();
        long skipped = cycles.stream().flatMap(c -> c.doses().stream()).filter(d -> d.given().isEmpty()).count();
        return cycles.size() + " in this period (" + cycles.get(0).band().regimen() + (cycles.stream()
                .map(c -> c.band().regimen()).distinct().count() > 1 ? " and others" : "") + "); "
                + Words.count(delays, "delay") + ", " + Words.count(reduced, "dose") + " reduced, " + skipped
                + " skipped";
    }

    private static String doxorubicin(DoxorubicinSummary d) {
        String prior = d.total().prior().signum() > 0 ? " + " + Words.plain(d.total().prior()) + " before" : "";
        return "lifetime total " + Words.plain(d.total().total()) + "\u00A0mg/m² (" + Words.plain(d.total().given())
                + " recorded in this journal" + prior + "); " + Words.plain(d.inRange()) + "\u00A0mg/m² in this period";
    }
}
