package org.leiojournal.rulecheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertContext;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * Runs a scenario's check-ins through the app's own {@link AlertEvaluator}, as saving them in a journal would:
 * each against the user's threshold, usual stools and courses, and for rises against each item's latest answer
 * recorded before it. Nothing is stored anywhere; the result is JSON, one result per check-in in input order.
 */
public final class RulesCheck {

    /** Non-ASCII (°C) is written as \\u escapes, so the output reads the same on any terminal's charset. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** One alert as the output names it. */
    public record AlertLine(String rule, String tier, String subject, String observed) {
    }

    /** The alerts one check-in raised, with its "at" as the file gave it. */
    public record Result(String at, List<AlertLine> alerts) {
    }

    /** The whole output: {@code {"results":[…]}}. */
    public record Results(List<Result> results) {
    }

    private final AlertRuleSet rules;
    private final RegimenCatalog regimens;

    public RulesCheck(AlertRuleSet rules, RegimenCatalog regimens) {
        this.rules = rules;
        this.regimens = regimens;
    }

    /** The scenario's results as JSON, or the one-line problem with the file. */
    public String run(String scenarioJson) throws ScenarioProblem {
        try {
            return JSON.writeValueAsString(evaluate(scenarioJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the results could not be written as JSON", e);
        }
    }

    Results evaluate(String scenarioJson) throws ScenarioProblem {
        ScenarioReader reader = new ScenarioReader(rules, regimens);
        Scenario scenario = reader.read(scenarioJson);
        AlertEvaluator evaluator = new AlertEvaluator(rules);
        List<Result> results = new ArrayList<>();
        for (Scenario.Entry entry : scenario.checkIns()) {
            CheckIn checkIn = entry.checkIn();
            AlertContext context = new AlertContext(reader.items().all(),
                    previousAnswers(checkIn, scenario.checkIns()), scenario.thresholdCelsius(),
                    scenario.usualStools(), scenario.courses(), false, entry.bloodPressure(),
                    scenario.teamBloodPressure());
            results.add(new Result(entry.at(), evaluator.evaluate(checkIn, context).stream().map(this::line)
                    .toList()));
        }
        return new Results(results);
    }

    /** Each item's latest answer recorded strictly before the check-in, as the journal's store gives it. */
    private static Map<Long, Integer> previousAnswers(CheckIn checkIn, List<Scenario.Entry> all) {
        Instant moment = checkIn.recordedAt().toInstant();
        Map<Long, Integer> previous = new HashMap<>();
        for (Scenario.Entry earlier : all) {
            if (earlier.checkIn().recordedAt().toInstant().isBefore(moment)) {
                previous.putAll(earlier.checkIn().answers()); // in time order, so a later answer replaces one before
            }
        }
        return previous;
    }

    private AlertLine line(Alert alert) {
        return new AlertLine(alert.ruleId(), tier(alert), subject(alert.subject()),
                alert.subject().type() == AlertSubject.Type.SIGN ? "ticked" : alert.observed());
    }

    /** How soon the alert asks the user to act, as the rules file gives its rule: "call-now" or "tell-soon". */
    private String tier(Alert alert) {
        return rules.tierOf(alert).code();
    }

    /** An item's or a sign's code; "temperature.high" or "temperature.low" for the temperature. */
    private static String subject(AlertSubject subject) {
        return switch (subject.type()) {
            case TEMPERATURE_HIGH -> "temperature.high";
            case TEMPERATURE_LOW -> "temperature.low";
            default -> subject.code();
        };
    }
}
