package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One value from a lab's printout, kept as entered: the number as typed (1.50 stays 1.50) or the printed word of a
 * dipstick, in the unit the lab printed (UCUM; empty for a dipstick), with the lab's own range when the user keeps
 * it, in the same unit.
 */
public record LabResult(String testId, String value, String unit, Optional<BigDecimal> labLow,
                        Optional<BigDecimal> labHigh) {

    public LabResult {
        Objects.requireNonNull(testId, "testId");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
        labLow = labLow == null ? Optional.empty() : labLow;
        labHigh = labHigh == null ? Optional.empty() : labHigh;
    }

    public static LabResult number(String testId, String value, String unit) {
        return new LabResult(testId, value, unit, Optional.empty(), Optional.empty());
    }

    /** The value as a number; empty for a dipstick's word. */
    public Optional<BigDecimal> number() {
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Below the lab's printed range, above it, or neither (inside, or no range kept). */
    public Optional<OutOfRange> outOfLabRange() {
        Optional<BigDecimal> n = number();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (labLow.isPresent() && n.get().compareTo(labLow.get()) < 0) {
            return Optional.of(OutOfRange.LOW);
        }
        if (labHigh.isPresent() && n.get().compareTo(labHigh.get()) > 0) {
            return Optional.of(OutOfRange.HIGH);
        }
        return Optional.empty();
    }

    /** Which side of the lab's range a value fell on; marked in words, never by colour alone. */
    public enum OutOfRange { LOW, HIGH }
}
