package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * Applies the rule set to a saved check-in: every rule active on the entry's day, in the order of the rules
 * file. Temperatures are compared in °C on their exact decimal value, so 99.5 °F fires at 37.5 °C and 99.4 °F does
 * not. An unanswered item is never read as 0, and a rise needs a previous answer to rise from. A home blood
 * pressure taken with the entry raises at most one alert, the first blood pressure rule's it meets. A tell-soon alert
 * is left out when a call-now alert of the same entry is about the same thing (breathlessness 8 is "call now",
 * not also "tell soon").
 */
public final class AlertEvaluator {

    private final AlertRuleSet rules;

    public AlertEvaluator(AlertRuleSet rules) {
        this.rules = rules;
    }

    /** The check to run when an entry is saved, with what the app knows now; the store adds previous answers. */
    public AlertCheck checkWith(List<SymptomItem> items, BigDecimal thresholdCelsius, int usualStools,
                                List<Course> courses) {
        return checkWith(items, thresholdCelsius, usualStools, courses, false);
    }

    /** As above, for a user who recorded anthracycline given before this journal ({@code priorAnthracycline}). */
    public AlertCheck checkWith(List<SymptomItem> items, BigDecimal thresholdCelsius, int usualStools,
                                List<Course> courses, boolean priorAnthracycline) {
        return (saved, previous) -> evaluate(saved,
                new AlertContext(items, previous, thresholdCelsius, usualStools, courses, priorAnthracycline));
    }

    /** As above, with the home blood pressure taken with the entry (if any) and the care team's levels for it. */
    public AlertCheck checkWith(List<SymptomItem> items, BigDecimal thresholdCelsius, int usualStools,
                                List<Course> courses, boolean priorAnthracycline, Optional<HomeVital> bloodPressure,
                                BloodPressureLevels levels) {
        return (saved, previous) -> evaluate(saved, new AlertContext(items, previous, thresholdCelsius, usualStools,
                courses, priorAnthracycline, bloodPressure, levels));
    }

    public List<Alert> evaluate(CheckIn entry, AlertContext context) {
        List<Alert> alerts = new ArrayList<>();
        for (AlertRule rule : rules.rules()) {
            if (!rule.activeOn(entry.day(), context.courses(), context.priorAnthracycline())) {
                continue;
            }
            switch (rule.kind()) {
                case TEMPERATURE -> entry.temperatureReading()
                        .flatMap(t -> temperature(rule, entry, t, context.thresholdCelsius())).ifPresent(alerts::add);
                case SIGN -> {
                    if (entry.signs().contains(rule.sign())) {
                        alerts.add(alert(rule, entry, AlertSubject.sign(rule.sign()), "", null, null));
                    }
                }
                case BLOOD_PRESSURE_AT_LEAST, BLOOD_PRESSURE_TEAM_LEVEL -> context.bloodPressure()
                        .filter(reading -> alerts.stream().noneMatch(a -> AlertSubject.isBloodPressure(
                                a.subject().code())))
                        .flatMap(reading -> bloodPressure(rule, entry, reading, context.bloodPressureLevels()))
                        .ifPresent(alerts::add);
                default -> items(rule, entry, context, alerts);
            }
        }
        return withoutTellSoonCoveredByCallNow(alerts);
    }

    private List<Alert> withoutTellSoonCoveredByCallNow(List<Alert> alerts) {
        List<AlertSubject> callNow = alerts.stream().filter(a -> rules.tierOf(a) == AlertTier.CALL_NOW)
                .map(Alert::subject).toList();
        return alerts.stream()
                .filter(a -> rules.tierOf(a) == AlertTier.CALL_NOW || !callNow.contains(a.subject())).toList();
    }

    private static Optional<Alert> temperature(AlertRule rule, CheckIn entry, Temperature measured,
                                               BigDecimal threshold) {
        BigDecimal celsius = measured.celsius();
        if (celsius.compareTo(threshold) >= 0) {
            return Optional.of(alert(rule, entry, AlertSubject.TEMPERATURE_HIGH, measured.display(), threshold, null));
        }
        if (celsius.compareTo(rule.atOrBelowCelsius()) <= 0) {
            return Optional.of(alert(rule, entry, AlertSubject.TEMPERATURE_LOW, measured.display(),
                    rule.atOrBelowCelsius(), null));
        }
        return Optional.empty();
    }

    /**
     * The upper number first, then the lower, against the rule's number or the team's level for it. One reading
     * raises one blood pressure alert, the first rule's in the file that it meets (the 180/110 ones come first).
     */
    private static Optional<Alert> bloodPressure(AlertRule rule, CheckIn entry, HomeVital reading,
                                                 BloodPressureLevels levels) {
        String observed = reading.systolic() + "/" + reading.diastolic();
        for (String code : List.of(AlertSubject.SYSTOLIC, AlertSubject.DIASTOLIC)) {
            if (!rule.covers(code)) {
                continue;
            }
            int value = code.equals(AlertSubject.SYSTOLIC) ? reading.systolic() : reading.diastolic();
            Optional<Integer> limit = rule.kind() == RuleKind.BLOOD_PRESSURE_AT_LEAST ? Optional.of(rule.atLeast())
                    : code.equals(AlertSubject.SYSTOLIC) ? levels.systolic() : levels.diastolic();
            if (limit.isPresent() && value >= limit.get()) {
                return Optional.of(alert(rule, entry, AlertSubject.item(code), observed,
                        BigDecimal.valueOf(limit.get()), null));
            }
        }
        return Optional.empty();
    }

    private static void items(AlertRule rule, CheckIn entry, AlertContext context, List<Alert> alerts) {
        for (SymptomItem item : context.items()) {
            Optional<Integer> answer = entry.answer(item.id());
            if (!rule.covers(item) || answer.isEmpty()) {
                continue;
            }
            int value = answer.get();
            Integer previous = context.previousAnswers().get(item.id());
            int usual = context.usualStools();
            boolean fires = switch (rule.kind()) {
                case SCORE_AT_LEAST, COUNT_AT_LEAST -> value >= rule.atLeast();
                case SCORE_RISE -> previous != null && value - previous >= rule.riseOf();
                case COUNT_ABOVE_USUAL -> value >= usual + rule.aboveUsualBy();
                default -> false;
            };
            if (fires) {
                int threshold = switch (rule.kind()) {
                    case SCORE_AT_LEAST, COUNT_AT_LEAST -> rule.atLeast();
                    case SCORE_RISE -> rule.riseOf();
                    default -> rule.aboveUsualBy();
                };
                Integer reference = rule.kind() == RuleKind.SCORE_RISE ? previous
                        : rule.kind() == RuleKind.COUNT_ABOVE_USUAL ? Integer.valueOf(usual) : null;
                alerts.add(alert(rule, entry, AlertSubject.item(item.code()), Integer.toString(value),
                        BigDecimal.valueOf(threshold), reference == null ? null : BigDecimal.valueOf(reference)));
            }
        }
    }

    private static Alert alert(AlertRule rule, CheckIn entry, AlertSubject subject, String observed,
                               BigDecimal threshold, BigDecimal reference) {
        return new Alert(0, entry.id(), rule.id(), subject, observed, threshold, reference, entry.recordedAt(), null);
    }
}
