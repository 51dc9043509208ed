package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The values a result can take at all, in the test's main unit: a check for typing slips (platelets 0,
 * haemoglobin 40 g/dL), never a judgement of whether a real result is good or bad.
 */
public record PossibleValues(BigDecimal min, boolean minExclusive, BigDecimal max) {

    public PossibleValues {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("min below max");
        }
    }

    public boolean allows(BigDecimal inMainUnit) {
        int low = inMainUnit.compareTo(min);
        return (minExclusive ? low > 0 : low >= 0) && inMainUnit.compareTo(max) <= 0;
    }
}
