package org.leiojournal.domain.alert;

import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.treatment.Course;

/**
 * Which drugs' labels ask for blood pressure to be checked, so Today offers a home reading while one of them is in
 * the plan (pazopanib). Kept in the rules file beside the blood pressure rules, not in the regimens: a course keeps
 * its own copy of its plan, so a regimen field would never reach courses already entered.
 */
public record HomeBloodPressureAsk(List<String> drugs, List<RuleSource> sources) {

    public static final HomeBloodPressureAsk NONE = new HomeBloodPressureAsk(List.of(), List.of());

    public HomeBloodPressureAsk {
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (!drugs.isEmpty() && sources.isEmpty()) {
            throw new IllegalArgumentException("the drugs that ask for home blood pressure need a source");
        }
    }

    /** While one of the drugs is in the plan on the day (a course covers it). */
    public boolean asksOn(LocalDate day, List<Course> courses) {
        return drugs.stream().anyMatch(d -> PlanDrugs.inPlan(d, day, courses, null));
    }
}
