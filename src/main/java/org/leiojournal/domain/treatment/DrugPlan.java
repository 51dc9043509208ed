package org.leiojournal.domain.treatment;

import java.util.List;
import java.util.Objects;

/**
 * One anticancer drug of a regimen: its dose, route, how long the infusion runs, and the days of the cycle it is
 * given on. {@code anthracycline} marks doxorubicin, whose lifetime total the app adds up. {@code sources} say where
 * the template's values come from.
 */
public record DrugPlan(String drug, Dose dose, Route route, String infusion, List<Integer> days,
                       boolean anthracycline, String note, List<String> sources) {

    public DrugPlan {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(route, "route");
        infusion = infusion == null ? "" : infusion;
        days = List.copyOf(days);
        note = note == null ? "" : note;
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (drug.isBlank()) {
            throw new IllegalArgumentException("a drug has a name");
        }
        if (days.stream().anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("cycle days start at 1: " + days);
        }
    }

    public boolean givenOn(int cycleDay) {
        return days.contains(cycleDay);
    }
}
