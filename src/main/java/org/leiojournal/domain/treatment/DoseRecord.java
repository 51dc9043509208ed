package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What really happened to one drug on one planned treatment day. A reduced dose carries the amount given, in the
 * unit of the plan (mg/m² when the plan is per m²).
 */
public record DoseRecord(int cycle, int day, String drug, DoseOutcome outcome, Optional<BigDecimal> reducedAmount,
                         String note) {

    public DoseRecord {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
        if ((outcome == DoseOutcome.REDUCED) != reducedAmount.isPresent()) {
            throw new IllegalArgumentException("a reduced dose, and only a reduced dose, has an amount");
        }
    }

    public boolean isFor(int cycle, int day, String drug) {
        return this.cycle == cycle && this.day == day && this.drug.equals(drug);
    }
}
