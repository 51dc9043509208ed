package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;

/**
 * One "contact your care team" rule, as kept in the bundled rules file. Each kind uses exactly its own number:
 * {@code atOrBelowCelsius} (temperature; the high threshold is the user's own), {@code atLeast}, {@code riseOf} or
 * {@code aboveUsualBy}, and a sign rule names its {@code sign}. {@code items} is an item code or a prefix such as
 * {@code esas.*}. A rule with {@code drugs} is active while one of them is in the user's plan, and for as many
 * days after that drug's last dose as {@code daysAfterLastDose} gives for it (per drug, because a drug's harm can
 * come weeks after it: 28 days after dacarbazine or trabectedin, 7 after ifosfamide); a stop date never ends it
 * sooner. {@code forGoodAfterAnthracycline} keeps it on for good once any anthracycline was given, or one given
 * before this journal is recorded (heart damage can show years later). Every rule names its tier (how soon to
 * act) and its sources.
 */
public record AlertRule(String id, RuleKind kind, AlertTier tier, String items, BigDecimal atOrBelowCelsius,
                        Integer atLeast, Integer riseOf, Integer aboveUsualBy, String sign, List<String> drugs,
                        Map<String, Integer> daysAfterLastDose, boolean forGoodAfterAnthracycline, String note,
                        List<RuleSource> sources) {

    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (tier == null) {
            throw new IllegalArgumentException("rule " + id + " names no tier (call-now or tell-soon)");
        }
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        note = note == null ? "" : note.strip();
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names no source");
        }
        daysAfterLastDose = daysAfterLastDose == null ? Map.of() : Map.copyOf(daysAfterLastDose);
        for (Map.Entry<String, Integer> days : daysAfterLastDose.entrySet()) {
            if (!drugs.contains(days.getKey()) || days.getValue() == null || days.getValue() < 0) {
                throw new IllegalArgumentException("rule " + id + ": days after the last dose of " + days.getKey()
                        + " need that drug in the rule's drugs and a number of days from 0");
            }
        }
        if (forGoodAfterAnthracycline && drugs.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " is always on; it cannot also be on after a drug");
        }
        checkNumbers(id, kind, items, atOrBelowCelsius, atLeast, riseOf, aboveUsualBy, sign);
    }

    /** Exactly the fields the kind uses are given, so a slip in the file fails its test instead of being ignored. */
    private static void checkNumbers(String id, RuleKind kind, String items, BigDecimal atOrBelowCelsius,
                                     Integer atLeast, Integer riseOf, Integer aboveUsualBy, String sign) {
        boolean ok = switch (kind) {
            case TEMPERATURE -> atOrBelowCelsius != null && items == null && atLeast == null && riseOf == null
                    && aboveUsualBy == null && sign == null;
            case SCORE_AT_LEAST, COUNT_AT_LEAST -> positive(atLeast) && items != null
                    && only(atOrBelowCelsius, riseOf, aboveUsualBy, sign);
            case SCORE_RISE -> positive(riseOf) && items != null && only(atOrBelowCelsius, atLeast, aboveUsualBy, sign);
            case COUNT_ABOVE_USUAL -> positive(aboveUsualBy) && items != null && only(atOrBelowCelsius, atLeast, riseOf,
                    sign);
            case SIGN -> sign != null && items == null && only(atOrBelowCelsius, atLeast, riseOf, aboveUsualBy);
            case BLOOD_PRESSURE_AT_LEAST -> positive(atLeast) && bloodPressureItems(items)
                    && only(atOrBelowCelsius, riseOf, aboveUsualBy, sign);
            case BLOOD_PRESSURE_TEAM_LEVEL -> bloodPressureItems(items)
                    && only(atOrBelowCelsius, atLeast, riseOf, aboveUsualBy, sign);
        };
        if (!ok) {
            throw new IllegalArgumentException("rule " + id + " does not give exactly the numbers a " + kind
                    + " rule uses");
        }
    }

    private static boolean bloodPressureItems(String items) {
        return items != null && (items.equals(AlertSubject.SYSTOLIC) || items.equals(AlertSubject.DIASTOLIC)
                || items.equals("bp.*"));
    }

    private static boolean positive(Integer number) {
        return number != null && number > 0;
    }

    private static boolean only(Object... unused) {
        return java.util.Arrays.stream(unused).allMatch(Objects::isNull);
    }

    /** Whether this rule looks at the item: its code, or any code under a prefix ending in {@code .*}. */
    public boolean covers(SymptomItem item) {
        return covers(item.code());
    }

    /** Whether this rule looks at the code (an item's, or a home blood pressure number's such as bp.systolic). */
    public boolean covers(String code) {
        if (items == null || code == null) {
            return false;
        }
        return items.endsWith("*") ? code.startsWith(items.substring(0, items.length() - 1)) : code.equals(items);
    }

    /** {@link #activeOn(LocalDate, List, boolean)} with no anthracycline recorded from before this journal. */
    public boolean activeOn(LocalDate day, List<Course> courses) {
        return activeOn(day, courses, false);
    }

    /**
     * Always for a rule without drugs; otherwise while one of its drugs is in the plan on that day or within its
     * days after the last dose, and for good after an anthracycline when the rule says so. {@code
     * priorAnthracycline}: the user recorded anthracycline given before this journal.
     */
    public boolean activeOn(LocalDate day, List<Course> courses, boolean priorAnthracycline) {
        if (drugs.isEmpty()) {
            return true;
        }
        if (forGoodAfterAnthracycline && (priorAnthracycline || PlanDrugs.anthracyclineBy(day, courses))) {
            return true;
        }
        return drugs.stream().anyMatch(d -> PlanDrugs.inPlan(d, day, courses, daysAfterLastDose.get(d)));
    }
}
