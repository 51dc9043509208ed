package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifetime doxorubicin total in mg/m²: doses recorded as given in this journal (a reduced dose counts as the
 * amount given, a skipped or unrecorded dose counts nothing) plus what the user's team says was given before.
 * It is a record of what happened, shown beside the labels' figures; it never judges a total safe or unsafe.
 * Other anthracyclines (epirubicin, daunorubicin, idarubicin) are recorded too but not added to it: their doses
 * are not doxorubicin's, and converting them is the team's work ({@link #others()}).
 */
public record AnthracyclineTotal(BigDecimal prior, List<Contribution> contributions) {

    /** US boxed warning: heart-damage risk 1–20 % at a cumulative 300–500 mg/m² given every 3 weeks. */
    public static final BigDecimal LABEL_RISK_FROM = new BigDecimal("300");
    public static final BigDecimal LABEL_RISK_TO = new BigDecimal("500");
    /** Older labels: lifetime limit 550 mg/m², or 400 mg/m² after chest or mediastinal radiotherapy. */
    public static final BigDecimal OLDER_LABEL_LIMIT = new BigDecimal("550");
    public static final BigDecimal OLDER_LABEL_LIMIT_AFTER_CHEST_RT = new BigDecimal("400");

    /** One recorded anthracycline dose, in mg/m². */
    public record Contribution(long courseId, String regimen, int cycle, int day, LocalDate date, String drug,
                               DoseOutcome outcome, BigDecimal mgPerSquareMetre) {
    }

    public AnthracyclineTotal {
        contributions = List.copyOf(contributions);
    }

    public static AnthracyclineTotal of(List<Course> courses, BigDecimal prior) {
        List<Contribution> found = new ArrayList<>();
        for (Course course : courses) {
            CourseCalendar calendar = course.calendar();
            for (DoseRecord dose : course.history().doses()) {
                if (dose.outcome() == DoseOutcome.SKIPPED) {
                    continue;
                }
                Optional<TreatmentDay> day = calendar.treatmentDay(dose.cycle(), dose.day());
                Optional<DrugPlan> drug = day.flatMap(d -> d.drugs().stream()
                        .filter(p -> p.drug().equals(dose.drug())).findFirst());
                if (drug.isPresent() && drug.get().anthracycline()) {
                    BigDecimal amount = dose.amount().orElse(drug.get().dose().amount());
                    found.add(new Contribution(course.id(), course.plan().name(), dose.cycle(), dose.day(),
                            day.get().date(), dose.drug(), dose.outcome(),
                            perSquareMetre(amount, drug.get().dose().unit(), course.bsa().squareMetres())));
                }
            }
        }
        found.sort(Comparator.comparing(Contribution::date));
        return new AnthracyclineTotal(prior, found);
    }

    /** A flat dose is divided by the course's body surface area; g/m² becomes mg/m². */
    static BigDecimal perSquareMetre(BigDecimal amount, DoseUnit unit, BigDecimal bsa) {
        BigDecimal mg = unit == DoseUnit.G_PER_M2 || unit == DoseUnit.G ? amount.multiply(BigDecimal.valueOf(1000))
                : amount;
        if (unit.perSquareMetre()) {
            return plain(mg);
        }
        return plain(mg.divide(bsa, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros, but never in exponent form: 60 stays 60, not 6E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Doxorubicin doses recorded as given in this journal. */
    public List<Contribution> doxorubicin() {
        return contributions.stream().filter(c -> Anthracyclines.isDoxorubicin(c.drug())).toList();
    }

    public BigDecimal given() {
        return doxorubicin().stream().map(Contribution::mgPerSquareMetre).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Other anthracyclines given in this journal, each drug's own mg/m² as recorded, never converted. */
    public Map<String, BigDecimal> others() {
        Map<String, BigDecimal> byDrug = new LinkedHashMap<>();
        contributions.stream().filter(c -> !Anthracyclines.isDoxorubicin(c.drug()))
                .forEach(c -> byDrug.merge(c.drug(), c.mgPerSquareMetre(), BigDecimal::add));
        return byDrug;
    }

    public BigDecimal total() {
        return given().add(prior);
    }

    /**
     * True once the total reaches the start of the label's risk range (review finding M11): the label asks for heart
     * scans during and after treatment, so from here the card asks the user to check when the next one is.
     */
    public boolean reachesLabelRiskRange() {
        return total().compareTo(LABEL_RISK_FROM) >= 0;
    }

    /** The older-label figure that applies: 400 mg/m² after chest or mediastinal radiotherapy, else 550. */
    public static BigDecimal olderLabelLimit(boolean chestRadiotherapy) {
        return chestRadiotherapy ? OLDER_LABEL_LIMIT_AFTER_CHEST_RT : OLDER_LABEL_LIMIT;
    }
}
