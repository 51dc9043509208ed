package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Kilograms or pounds (1 lb = 0.45359237 kg exactly). */
public enum WeightUnit implements MeasureUnit {
    KILOGRAM("kg"),
    POUND("lb");

    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private final String symbol;

    WeightUnit(String symbol) {
        this.symbol = symbol;
    }

    @Override
    public String symbol() { return symbol; }

    public BigDecimal toKilograms(BigDecimal value) {
        return this == KILOGRAM ? value : value.multiply(KG_PER_LB);
    }

    public BigDecimal fromKilograms(BigDecimal kilograms) {
        return this == KILOGRAM ? kilograms : kilograms.divide(KG_PER_LB, 6, RoundingMode.HALF_UP);
    }
}
