package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.Objects;

/** A typical adult range, for education, in the test's main unit, for whom ("adults", "women"), with its source. */
public record LabRange(String who, BigDecimal low, BigDecimal high, String source) {

    public LabRange {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(source, "source");
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException("low below high");
        }
    }
}
