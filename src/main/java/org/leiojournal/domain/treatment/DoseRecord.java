package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What really happened to one drug on one planned treatment day, with the amount given in the unit of the plan
 * (mg/m² when the plan is per m²). A dose given as planned keeps the plan's amount of that day, so editing the
 * plan later never rewrites what was given; a reduced dose keeps what was given; a skipped dose has none.
 */
public record DoseRecord(int cycle, int day, String drug, DoseOutcome outcome, Optional<BigDecimal> amount,
                         String note) {

    public DoseRecord {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
        if (outcome == DoseOutcome.REDUCED && amount.isEmpty() || outcome == DoseOutcome.SKIPPED && amount.isPresent()) {
            throw new IllegalArgumentException("a reduced dose has an amount; a skipped dose has none");
        }
    }

    public boolean isFor(int cycle, int day, String drug) {
        return this.cycle == cycle && this.day == day && this.drug.equals(drug);
    }
}
