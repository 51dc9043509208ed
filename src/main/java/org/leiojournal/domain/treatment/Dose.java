package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of a medicine as the plan states it: 75 mg/m², 2.5 g/m², 800 mg. Always above zero. */
public record Dose(BigDecimal amount, DoseUnit unit) {

    public Dose {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a dose is above zero: " + amount);
        }
    }

    public static Dose of(String amount, DoseUnit unit) {
        return new Dose(new BigDecimal(amount), unit);
    }

    /**
     * The amount for one person: per-m² doses multiplied by the body surface area, exactly, without rounding,
     * so the user sees what the plan gives and compares it with the team's sheet. Flat doses stay as they are.
     */
    public Dose forBodySurface(BigDecimal squareMetres) {
        if (!unit.perSquareMetre()) {
            return this;
        }
        return new Dose(plain(amount.multiply(squareMetres)), unit.absolute());
    }

    /** Without trailing zeros, but never in exponent form: 200.00 becomes 200, not 2E+2. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public String display() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }
}
