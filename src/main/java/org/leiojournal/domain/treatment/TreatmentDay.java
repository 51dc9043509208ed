package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A day on which drugs are given: planned cycle day {@code day} of cycle {@code cycle}, the date the original plan
 * gave it and the date it falls on now, after delays.
 */
public record TreatmentDay(int cycle, int day, LocalDate plannedDate, LocalDate date, List<DrugPlan> drugs,
                           Optional<Delay> delay) {

    public TreatmentDay {
        drugs = List.copyOf(drugs);
    }

    public boolean moved() {
        return !plannedDate.equals(date);
    }

    long shiftDays() {
        return date.toEpochDay() - plannedDate.toEpochDay();
    }
}
