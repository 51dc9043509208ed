package org.leiojournal.ui.today;

import java.math.BigDecimal;
import java.util.List;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRule;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.alert.RuleKind;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.TemperatureWords;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/** How an alert reads: what was seen and when, the rule and its number, and where the rule comes from. */
final class AlertWords {

    private final Messages messages;
    private final Formats formats;
    private final AlertRuleSet rules;

    AlertWords(Messages messages, AlertRuleSet rules) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.rules = rules;
    }

    /** "Pain: 7, recorded Sun 22 Nov 2026, 09:30". */
    String seen(Alert alert, List<SymptomItem> items) {
        String when = formats.dateTime(alert.seenAt());
        String code = alert.subject().code();
        return keepUnits(switch (alert.subject().type()) {
            case TEMPERATURE_HIGH, TEMPERATURE_LOW -> messages.get("alert.seen.temperature", alert.observed(), when);
            case SIGN -> messages.get("alert.seen.sign", rules.sign(code).map(s -> s.text()).orElse(code), when);
            case ITEM -> AlertSubject.isBloodPressure(code)
                    ? messages.get("alert.seen.bloodPressure", alert.observed(), when)
                    : kind(alert) == RuleKind.SCORE_RISE
                    ? messages.get("alert.seen.rise", itemName(code, items), alert.observed(), reference(alert), when)
                    : messages.get("alert.seen.item", itemName(code, items), alert.observed(), when);
        });
    }

    /** "Rule: 7 or more", "Rule: 37.5 °C or higher (your team’s number)". */
    String rule(Alert alert, TemperatureUnit unit) {
        String number = alert.thresholdValue().map(BigDecimal::toPlainString).orElse("");
        String threshold = switch (alert.subject().type()) {
            case TEMPERATURE_HIGH -> messages.get("alert.threshold.high",
                    temperature(alert.threshold(), unit));
            case TEMPERATURE_LOW -> messages.get("alert.threshold.low", temperature(alert.threshold(), unit));
            case SIGN -> messages.get("alert.threshold.sign");
            case ITEM -> switch (kind(alert)) {
                case SCORE_RISE -> messages.get("alert.threshold.rise", number);
                case COUNT_ABOVE_USUAL -> messages.get("alert.threshold.count", number, reference(alert));
                case COUNT_AT_LEAST -> messages.get("alert.threshold.countAtLeast", number);
                case BLOOD_PRESSURE_AT_LEAST -> messages.get(AlertSubject.SYSTOLIC.equals(alert.subject().code())
                        ? "alert.threshold.bpUpper" : "alert.threshold.bpLower", number);
                case BLOOD_PRESSURE_TEAM_LEVEL -> messages.get(AlertSubject.SYSTOLIC.equals(alert.subject().code())
                        ? "alert.threshold.bpUpperTeam" : "alert.threshold.bpLowerTeam", number);
                default -> messages.get("alert.threshold.severe", number);
            };
        };
        return keepUnits(messages.get("alert.rule", threshold));
    }

    /** The rule's own note from the rules file, its temperatures in the user's unit, or empty. */
    String note(Alert alert, TemperatureUnit unit) {
        return keepUnits(TemperatureWords.inUnit(rules.find(alert.ruleId()).map(AlertRule::note).orElse(""), unit));
    }

    /** The sources of the rule that raised it; none for a rule no longer in the file. */
    List<RuleSource> sources(Alert alert) {
        return rules.find(alert.ruleId()).map(AlertRule::sources).orElse(List.of());
    }

    /** The kind of rule that raised it; an alert from a rule no longer in the file reads as "or more". */
    private RuleKind kind(Alert alert) {
        return rules.find(alert.ruleId()).map(AlertRule::kind).orElse(RuleKind.SCORE_AT_LEAST);
    }

    private static String reference(Alert alert) {
        return alert.referenceValue().map(BigDecimal::toPlainString).orElse("");
    }

    private static String itemName(String code, List<SymptomItem> items) {
        return items.stream().filter(i -> code.equals(i.code())).map(SymptomItem::displayName).findFirst()
                .orElse(code);
    }

    /** A threshold in the user's unit, with °C beside °F so it matches what the team wrote down. */
    static String temperature(BigDecimal celsius, TemperatureUnit unit) {
        return TemperatureWords.of(celsius, unit);
    }

    /** A no-break space keeps "37.5 °C" together when the sentence wraps. */
    private static String keepUnits(String text) {
        return text.replace(" °", "\u00A0°");
    }
}
