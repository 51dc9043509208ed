package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import org.leiojournal.domain.validation.Required;

/** A typical adult range, for education, in the test's main unit, for whom ("adults", "women"), with its source. */
public record LabRange(String who, BigDecimal low, BigDecimal high, String source) {

    public LabRange {
        Required.all("who, low, high, source", who, low, high, source);
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException("low below high");
        }
    }
}
