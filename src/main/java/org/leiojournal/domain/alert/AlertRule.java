package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * One "contact your care team" rule, as kept in the bundled rules file. Each kind uses exactly its own number:
 * {@code atOrBelowCelsius} (temperature; the high threshold is the user's own), {@code atLeast}, {@code riseOf} or
 * {@code aboveUsualBy}, and a sign rule names its {@code sign}. {@code items} is an item code or a prefix such as
 * {@code esas.*}. A rule with {@code drugs} is active only while one of them is in the user's plan, or up to
 * {@code daysAfterLastDose} days after its last day. Every rule names its sources.
 */
public record AlertRule(String id, RuleKind kind, String items, BigDecimal atOrBelowCelsius, Integer atLeast,
                        Integer riseOf, Integer aboveUsualBy, String sign, List<String> drugs,
                        Integer daysAfterLastDose, String note, List<RuleSource> sources) {

    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        note = note == null ? "" : note.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names no source");
        }
        if (daysAfterLastDose != null && (drugs.isEmpty() || daysAfterLastDose < 0)) {
            throw new IllegalArgumentException("rule " + id + ": days after the last dose need a drug");
        }
        checkNumbers(id, kind, items, atOrBelowCelsius, atLeast, riseOf, aboveUsualBy, sign);
    }

    /** Exactly the fields the kind uses are given, so a slip in the file fails its test instead of being ignored. */
    private static void checkNumbers(String id, RuleKind kind, String items, BigDecimal atOrBelowCelsius,
                                     Integer atLeast, Integer riseOf, Integer aboveUsualBy, String sign) {
        boolean ok = switch (kind) {
            case TEMPERATURE -> atOrBelowCelsius != null && items == null && atLeast == null && riseOf == null
                    && aboveUsualBy == null && sign == null;
            case SCORE_AT_LEAST -> positive(atLeast) && items != null && only(atOrBelowCelsius, riseOf, aboveUsualBy, sign);
            case SCORE_RISE -> positive(riseOf) && items != null && only(atOrBelowCelsius, atLeast, aboveUsualBy, sign);
            case COUNT_ABOVE_USUAL -> positive(aboveUsualBy) && items != null && only(atOrBelowCelsius, atLeast, riseOf,
                    sign);
            case SIGN -> sign != null && items == null && only(atOrBelowCelsius, atLeast, riseOf, aboveUsualBy);
        };
        if (!ok) {
            throw new IllegalArgumentException("rule " + id + " does not give exactly the numbers a " + kind
                    + " rule uses");
        }
    }

    private static boolean positive(Integer number) {
        return number != null && number > 0;
    }

    private static boolean only(Object... unused) {
        return java.util.Arrays.stream(unused).allMatch(Objects::isNull);
    }

    /** Whether this rule looks at the item: its code, or any code under a prefix ending in {@code .*}. */
    public boolean covers(SymptomItem item) {
        if (items == null || item.code() == null) {
            return false;
        }
        return items.endsWith("*") ? item.code().startsWith(items.substring(0, items.length() - 1))
                : item.code().equals(items);
    }

    /** Always for a rule without drugs; otherwise while one of its drugs is in the plan on that day. */
    public boolean activeOn(LocalDate day, List<Course> courses) {
        return drugs.isEmpty() || drugs.stream().anyMatch(d -> PlanDrugs.inPlan(d, day, courses, daysAfterLastDose));
    }
}
