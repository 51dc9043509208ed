package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.report.CycleSummary;
import org.leiojournal.domain.report.SymptomSummary;
import org.leiojournal.domain.report.TemperatureSummary;
import org.leiojournal.domain.report.VisitQuestions;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.DrugDay;

/**
 * The lists of the first page, each in full: symptoms, temperatures at or above the threshold, alerts, treatment
 * and questions. The first page shows as many rows of each as fit; the rest are printed in full after it.
 */
record SummaryBlocks(SectionContext context) {

    private static final float LEAD = 112;
    /** Worst day first, then more days at 7+, then the higher average: a cut page keeps what matters most. */
    private static final Comparator<SymptomSummary> MOST_SEVERE_FIRST = Comparator
            .comparingDouble((SymptomSummary s) -> -s.worst().orElse(-1))
            .thenComparingInt(s -> -s.daysAtLeast(SymptomSummary.SEVERE))
            .thenComparingDouble(s -> -s.average().orElse(-1));

    /**
     * A block of the first page, how many rows it shows before any block gets more, and its rank: 0 is cut last
     * and grows first (see {@link SummaryPlan}).
     */
    record Planned(Block block, int minimum, int rank) {
    }

    /**
     * The blocks in page order. A list with nothing in it is left out (the key facts already say "none"), except
     * the symptoms, which say so themselves.
     */
    List<Planned> forFirstPage() {
        List<Planned> blocks = new ArrayList<>();
        blocks.add(new Planned(symptoms(), 16, 0));
        blocks.add(new Planned(temperatures(), 3, 3));
        blocks.add(new Planned(alerts(), 3, 2));
        blocks.add(new Planned(treatment(), 2, 4));
        blocks.add(new Planned(questions(), 4, 1));
        return blocks.stream().filter(p -> p == blocks.get(0) || !p.block().rows().isEmpty()).toList();
    }

    Block symptoms() {
        List<Row> rows = new ArrayList<>();
        List<String> allZero = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        long days = context.summary().range().days();
        for (SymptomSummary symptom : context.summary().symptoms().stream().sorted(MOST_SEVERE_FIRST).toList()) {
            if (symptom.answeredDays() == 0) {
                unanswered.add(symptom.item().displayName());
            } else if (!symptom.anyAboveZero()) {
                allZero.add(symptom.item().displayName());
            } else {
                rows.add(SymptomTable.row(symptom, name(symptom), context.span(), days, rows.size()));
            }
        }
        if (!allZero.isEmpty()) {
            rows.add(context.led("Always 0:", LEAD, String.join(", ", allZero), TextStyle.BODY));
        }
        if (!unanswered.isEmpty()) {
            rows.add(context.led("Not answered:", LEAD, String.join(", ", unanswered), TextStyle.BODY));
        }
        Optional<Row> header = rows.isEmpty() ? Optional.empty()
                : Optional.of(SymptomTable.header(context.span(), days, context.fonts(), context.width()));
        return new Block("Symptoms", header, rows, "No symptom was answered in this period.");
    }

    /** The item's name; for ESAS-r's "Other Problem", with the problem the user named most often in the range. */
    private String name(SymptomSummary symptom) {
        String name = symptom.item().displayName();
        if (symptom.item().esas().filter(e -> e == EsasItem.OTHER_PROBLEM).isEmpty()) {
            return name;
        }
        DateSpan span = context.span();
        return context.input().checkIns().stream().filter(c -> span.contains(c.day()) && !c.otherProblem().isBlank())
                .collect(Collectors.groupingBy(c -> c.otherProblem().strip(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> name + ": " + e.getKey()).orElse(name);
    }

    Block temperatures() {
        TemperatureSummary temperatures = context.summary().temperatures();
        String threshold = Words.threshold(temperatures.thresholdCelsius(),
                context.input().profile().temperatureUnit());
        List<Row> rows = temperatures.atOrAbove().stream()
                .map(r -> (Row) context.led(Words.when(r.at(), context.span()), LEAD,
                        Words.temperature(r.temperature()), TextStyle.BODY))
                .toList();
        String none = temperatures.readings() == 0 ? "No temperature was recorded in this period."
                : "None of " + Words.count(temperatures.readings(), "reading") + " reached " + threshold + ".";
        return Block.of("Temperatures at or above " + threshold + " (the team’s number)", rows, none);
    }

    /**
     * One row per check-in and tier, call-now rows first (a list cut short keeps them), each tier newest first,
     * marked by its own sign, words and colour: "▲ Call now: …", "● Tell your team: …".
     */
    Block alerts() {
        AlertRuleSet rules = context.input().alertRules();
        AlertText text = new AlertText(rules, context.input().items(), context.input().profile().temperatureUnit());
        List<Row> rows = new ArrayList<>();
        for (AlertTier tier : AlertTier.values()) {
            // the alerts of one entry were seen, and acted on, together
            Map<java.time.ZonedDateTime, List<Alert>> byCheckIn = context.summary().alerts().stream()
                    .filter(a -> rules.tierOf(a) == tier)
                    .sorted(Comparator.comparing((Alert a) -> a.seenAt().toInstant()).reversed())
                    .collect(Collectors.groupingBy(Alert::seenAt, LinkedHashMap::new, Collectors.toList()));
            TextStyle style = TextStyle.BODY.withColour(tier == AlertTier.CALL_NOW ? Rgb.ALERT : Rgb.SOON);
            String mark = (tier == AlertTier.CALL_NOW ? "\u25B2 " : "\u25CF ") + rules.wording(tier).label() + ": ";
            byCheckIn.forEach((seen, alerts) -> rows.add(context.led(Words.when(seen, context.span()), LEAD,
                    mark + text.describe(alerts), style, 4)));
        }
        return Block.of("Alerts raised (“contact your care team”)", rows, "No alert was raised in this period.");
    }

    Block treatment() {
        boolean oneRegimen = context.summary().cycles().stream().map(c -> c.band().regimen()).distinct().count() == 1;
        // newest first: the cycle running now matters most, and a cut page keeps it
        List<Row> rows = context.summary().cycles().stream()
                .sorted(Comparator.comparing((CycleSummary c) -> c.band().span().first()).reversed())
                .map(c -> (Row) context.led(c.band().continuous() ? "Daily" : "Cycle " + c.band().cycle(), LEAD,
                        cycle(c, oneRegimen), TextStyle.BODY, 4))
                .toList();
        return Block.of("Treatment in this period", rows, "No treatment cycle in this period.");
    }

    /** "24 Oct – 13 Nov; given 24 Oct (day 1), …", after the regimen's name when the range has several. */
    private static String cycle(CycleSummary cycle, boolean oneRegimen) {
        StringBuilder text = new StringBuilder(oneRegimen ? "" : cycle.band().regimen() + ": ");
        if (cycle.band().continuous()) {
            return text.append("from ").append(Words.date(cycle.band().span().first())).toString();
        }
        text.append(Words.span(cycle.band().span()));
        if (!cycle.band().drugDays().isEmpty()) {
            text.append("; given ").append(cycle.band().drugDays().stream().map(SummaryBlocks::drugDay)
                    .collect(Collectors.joining(", ")));
        }
        text.append('.');
        for (CycleSummary.Moved moved : cycle.delays()) {
            text.append(" Delayed: day ").append(moved.day()).append(" moved ")
                    .append(Words.count(moved.days(), "day")).append(", ").append(Words.shortDay(moved.from()))
                    .append(" → ").append(Words.shortDay(moved.to()))
                    .append(moved.reason().isBlank() ? "" : " (" + moved.reason().strip() + ")").append('.');
        }
        for (CycleSummary.Changed dose : cycle.doses()) {
            String unit = dose.unit().symbol();
            text.append(' ').append(dose.drug()).append(" on ").append(Words.shortDay(dose.date())).append(": ")
                    .append(dose.given().map(g -> "reduced to " + Words.plain(g) + " " + unit + " (plan "
                            + Words.plain(dose.planned()) + " " + unit + ")").orElse("skipped"))
                    .append(dose.note().isBlank() ? "" : ", " + dose.note().strip()).append('.');
        }
        return text.toString();
    }

    private static String drugDay(DrugDay day) {
        return Words.shortDay(day.date()) + " (day " + day.cycleDay() + ")";
    }

    Block questions() {
        List<Row> rows = new ArrayList<>();
        for (VisitQuestions visit : context.summary().questions()) {
            String when = Words.moment(visit.appointment().startMoment());
            String heading = visit.unrecorded() ? "Still open from " + when + " (no outcome written down):"
                    : "For " + when + (visit.appointment().title().isBlank() ? ":" : ", "
                    + visit.appointment().title() + ":");
            rows.add(context.text(heading, TextStyle.BODY.withColour(Rgb.MUTED)));
            for (Question question : visit.open()) {
                rows.add(context.led("•", 12, question.text(), TextStyle.BODY, 3));
            }
        }
        return Block.of("Questions for this visit", rows, "No open questions noted for the next visit.");
    }
}
