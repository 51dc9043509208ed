package org.leiojournal.report.pdf;

import java.math.BigDecimal;
import java.util.List;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRule;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.alert.RuleKind;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.symptom.SymptomItem;

/** An alert in the report's words: what was seen, the rule it met, and whether and how the user acted on it. */
final class AlertText {

    private final AlertRuleSet rules;
    private final List<SymptomItem> items;
    private final TemperatureUnit unit;

    AlertText(AlertRuleSet rules, List<SymptomItem> items, TemperatureUnit unit) {
        this.rules = rules;
        this.items = List.copyOf(items);
        this.unit = unit;
    }

    /**
     * The alerts one check-in raised, in one line: "Nausea 7 (rule: 7 or more); Pain 8 (…). Read: rang the
     * hotline".
     */
    String describe(List<Alert> alerts) {
        String findings = alerts.stream().map(this::finding)
                .collect(java.util.stream.Collectors.joining("; "));
        String read = alerts.stream().map(AlertText::read).distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        return findings + ". " + read;
    }

    /** What was seen and the rule it met: "Temperature 38.4 °C (rule: 37.5 °C or higher, the team’s number)". */
    String finding(Alert alert) {
        return seen(alert) + " (rule: " + rule(alert) + ")";
    }

    private String seen(Alert alert) {
        String code = alert.subject().code();
        return switch (alert.subject().type()) {
            case TEMPERATURE_HIGH, TEMPERATURE_LOW -> "Temperature " + alert.observed().replace(" °", "\u00A0°");
            case SIGN -> "Warning sign: " + rules.sign(code).map(s -> s.text()).orElse(code);
            case ITEM -> AlertSubject.isBloodPressure(code) ? "Home blood pressure " + alert.observed() + " mmHg"
                    : kind(alert) == RuleKind.SCORE_RISE
                    ? item(code) + " " + alert.observed() + ", up from " + reference(alert)
                    : item(code) + " " + alert.observed();
        };
    }

    private String rule(Alert alert) {
        String number = alert.thresholdValue().map(Words::plain).orElse("");
        return switch (alert.subject().type()) {
            case TEMPERATURE_HIGH -> threshold(alert.threshold()) + " or higher, the team’s number";
            case TEMPERATURE_LOW -> threshold(alert.threshold()) + " or lower";
            case SIGN -> "report straight away";
            case ITEM -> switch (kind(alert)) {
                case SCORE_RISE -> "rise of " + number + " or more";
                case COUNT_ABOVE_USUAL -> number + " or more above the usual " + reference(alert);
                case COUNT_AT_LEAST -> number + " or more in 24 hours";
                case BLOOD_PRESSURE_AT_LEAST, BLOOD_PRESSURE_TEAM_LEVEL -> (AlertSubject.SYSTOLIC.equals(
                        alert.subject().code()) ? "upper number " : "lower number ") + number + " mmHg or more"
                        + (kind(alert) == RuleKind.BLOOD_PRESSURE_TEAM_LEVEL ? ", the team’s level" : "");
                default -> number + " or more";
            };
        };
    }

    private static String read(Alert alert) {
        return alert.acknowledged().map(a -> a.note().isBlank() ? "Read." : "Read: " + a.note().strip())
                .orElse("Not yet read.");
    }

    private RuleKind kind(Alert alert) {
        return rules.find(alert.ruleId()).map(AlertRule::kind).orElse(RuleKind.SCORE_AT_LEAST);
    }

    private String item(String code) {
        return items.stream().filter(i -> code.equals(i.code())).map(SymptomItem::displayName).findFirst()
                .orElse(code);
    }

    private static String reference(Alert alert) {
        return alert.referenceValue().map(Words::plain).orElse("");
    }

    private String threshold(BigDecimal celsius) {
        return celsius == null ? "" : Words.threshold(celsius, unit);
    }
}
