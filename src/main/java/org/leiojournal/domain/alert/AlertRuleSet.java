package org.leiojournal.domain.alert;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Course;

/**
 * All "contact your care team" rules, the wording of each alert tier, the warning signs the check-in asks about
 * (in the order it shows them), the emergency list, the date the set was last checked against its sources and the
 * date it is due again ({@link #review()}), and which drugs ask for home blood pressure readings. Rule ids are unique, each tier is worded exactly once, and every sign
 * has exactly one rule that says when it is asked and where it comes from.
 */
public record AlertRuleSet(List<AlertRule> rules, List<TierWording> tiers, List<WarningSign> signs,
                           EmergencyList emergency, LocalDate reviewedOn, LocalDate reviewDue,
                           HomeBloodPressureAsk homeBloodPressure) {

    public AlertRuleSet {
        rules = List.copyOf(rules);
        tiers = List.copyOf(tiers);
        if (tiers.size() != AlertTier.values().length
                || tiers.stream().map(TierWording::tier).distinct().count() != tiers.size()) {
            throw new IllegalArgumentException("each tier (call-now, tell-soon) is worded exactly once");
        }
        signs = List.copyOf(signs);
        Objects.requireNonNull(emergency, "emergency");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        // A hand-made rule set (a test, an edited copy) may leave the due date out: a year after the review.
        reviewDue = reviewDue == null ? reviewedOn.plusYears(1) : reviewDue;
        new ContentReview(reviewedOn, reviewDue);
        homeBloodPressure = homeBloodPressure == null ? HomeBloodPressureAsk.NONE : homeBloodPressure;
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two rules are called " + r.id());
            }
        });
        Set<String> codes = signs.stream().map(WarningSign::code).collect(Collectors.toSet());
        if (codes.size() != signs.size()) {
            throw new IllegalArgumentException("two signs share a code");
        }
        List<String> signRules = rules.stream().filter(r -> r.kind() == RuleKind.SIGN).map(AlertRule::sign).toList();
        if (signRules.size() != codes.size() || !codes.equals(Set.copyOf(signRules))) {
            throw new IllegalArgumentException("every sign needs exactly one rule, and every sign rule a sign");
        }
    }

    /**
     * The tier of an alert: its rule's. An alert raised under a rule no longer in the file reads as call-now,
     * the cautious reading, and what every alert said before there were tiers.
     */
    public AlertTier tierOf(Alert alert) {
        return tierOf(alert.ruleId());
    }

    /** The tier of the alerts a rule raises; call-now for a rule no longer in the file, as above. */
    public AlertTier tierOf(String ruleId) {
        return find(ruleId).map(AlertRule::tier).orElse(AlertTier.CALL_NOW);
    }

    /** What alerts of a tier say: heading, advice and sources. */
    public TierWording wording(AlertTier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }

    /** The alerts with every call-now one before any tell-soon one, otherwise in the order given. */
    public List<Alert> callNowFirst(List<Alert> alerts) {
        return alerts.stream().sorted(Comparator.comparing(this::tierOf)).toList();
    }

    /** How many of the alerts are of each tier, every tier present (0 when none). */
    public Map<AlertTier, Long> countByTier(List<Alert> alerts) {
        Map<AlertTier, Long> counts = new EnumMap<>(AlertTier.class);
        for (AlertTier tier : AlertTier.values()) {
            counts.put(tier, alerts.stream().filter(a -> tierOf(a) == tier).count());
        }
        return counts;
    }

    /** When the rules were last checked against their sources and when they are due again. */
    public ContentReview review() {
        return new ContentReview(reviewedOn, reviewDue);
    }

    public Optional<AlertRule> find(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    public Optional<WarningSign> sign(String code) {
        return signs.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public AlertRule ruleFor(WarningSign sign) {
        return rules.stream().filter(r -> sign.code().equals(r.sign())).findFirst().orElseThrow();
    }

    /** Whether a drug in the plan on the day asks for blood pressure checks, so Today offers a home reading. */
    public boolean asksHomeBloodPressure(LocalDate day, List<Course> courses) {
        return homeBloodPressure.asksOn(day, courses);
    }

    /** The signs to ask about on a day: the general ones, and those of the drugs in the plan then. */
    public List<WarningSign> signsShownOn(LocalDate day, List<Course> courses) {
        return signsShownOn(day, courses, false);
    }

    /** As above, for a user who recorded anthracycline given before this journal ({@code priorAnthracycline}). */
    public List<WarningSign> signsShownOn(LocalDate day, List<Course> courses, boolean priorAnthracycline) {
        return signs.stream().filter(s -> ruleFor(s).activeOn(day, courses, priorAnthracycline)).toList();
    }
}
