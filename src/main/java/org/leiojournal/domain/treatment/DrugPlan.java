package org.leiojournal.domain.treatment;

import java.util.List;
import org.leiojournal.domain.validation.Required;

/**
 * One anticancer drug of a regimen: its dose, route, how long the infusion runs, and the days of the cycle it is
 * given on. {@code anthracycline} marks doxorubicin, whose lifetime total the app adds up. {@code sources} say where
 * the template's values come from.
 *
 * <p>Tablets the user takes at home (pazopanib) are taken at the dose on their own prescription label, which is often
 * lower than a template's: {@code doseConfirmed} is set once the user typed it from the label, and until then the
 * app shows no dose for the drug at all.
 */
public record DrugPlan(String drug, Dose dose, Route route, String infusion, List<Integer> days,
                       boolean anthracycline, String note, List<String> sources, Boolean doseConfirmed) {

    public DrugPlan {
        Required.all("drug, dose, route", drug, dose, route);
        infusion = infusion == null ? "" : infusion;
        days = List.copyOf(days);
        note = note == null ? "" : note;
        sources = sources == null ? List.of() : List.copyOf(sources);
        doseConfirmed = Boolean.TRUE.equals(doseConfirmed); // absent from plans saved before it existed
        if (drug.isBlank()) {
            throw new IllegalArgumentException("a drug has a name");
        }
        if (days.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("cycle days start at 1: " + days);
        }
    }

    /** A drug given by the team; its dose as the template or the team's sheet gives it. */
    public DrugPlan(String drug, Dose dose, Route route, String infusion, List<Integer> days, boolean anthracycline,
                    String note, List<String> sources) {
        this(drug, dose, route, infusion, days, anthracycline, note, sources, false);
    }

    /** Tablets taken at home whose dose the user has not yet typed from their prescription label. */
    public boolean awaitsDoseFromLabel() {
        return route == Route.ORAL && !doseConfirmed;
    }

    public DrugPlan withConfirmedDose(Dose confirmed) {
        return new DrugPlan(drug, confirmed, route, infusion, days, anthracycline, note, sources, true);
    }

    public boolean givenOn(int cycleDay) {
        return days.contains(cycleDay);
    }
}
