package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How many of a test's main unit one of another unit makes, kept as a fraction of two decimals so that a factor
 * such as 1/0.06206 (haemoglobin mmol/L to g/L) stays exact until the one division a conversion needs.
 */
public record UnitFactor(BigDecimal numerator, BigDecimal denominator) {

    public UnitFactor {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (numerator.signum() <= 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("a unit factor is positive");
        }
    }

    /** Reads "88.4" or "1/0.06206". */
    public static UnitFactor parse(String text) {
        Objects.requireNonNull(text, "factor");
        int slash = text.indexOf('/');
        if (slash < 0) {
            return new UnitFactor(new BigDecimal(text.strip()), BigDecimal.ONE);
        }
        return new UnitFactor(new BigDecimal(text.substring(0, slash).strip()),
                new BigDecimal(text.substring(slash + 1).strip()));
    }
}
