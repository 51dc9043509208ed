package org.leiojournal.domain.alert;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Course;

/**
 * All "contact your care team" rules, the warning signs the check-in asks about (in the order it shows them),
 * the emergency list, the date the set was last checked against its sources and the date it is due again
 * ({@link #review()}, for the alert panel to show). Rule ids are unique, and every
 * sign has exactly one rule that says when it is asked and where it comes from.
 */
public record AlertRuleSet(List<AlertRule> rules, List<WarningSign> signs, EmergencyList emergency,
                           LocalDate reviewedOn, LocalDate reviewDue) {

    public AlertRuleSet {
        rules = List.copyOf(rules);
        signs = List.copyOf(signs);
        Objects.requireNonNull(emergency, "emergency");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        // A hand-made rule set (a test, an edited copy) may leave the due date out: a year after the review.
        reviewDue = reviewDue == null ? reviewedOn.plusYears(1) : reviewDue;
        new ContentReview(reviewedOn, reviewDue);
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

    /** The signs to ask about on a day: the general ones, and those of the drugs in the plan then. */
    public List<WarningSign> signsShownOn(LocalDate day, List<Course> courses) {
        return signs.stream().filter(s -> ruleFor(s).activeOn(day, courses)).toList();
    }
}
