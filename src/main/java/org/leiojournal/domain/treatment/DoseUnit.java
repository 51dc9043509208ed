package org.leiojournal.domain.treatment;

import java.math.BigDecimal;

/**
 * How a plan states a dose: per square metre of body surface, or a flat amount. The upper limits only catch
 * typing slips (a dose in mg typed into a g field); they say nothing about what is a right dose.
 */
public enum DoseUnit {
    MG_PER_M2("mg/m²", true, "MG", new BigDecimal("5000")),
    G_PER_M2("g/m²", true, "G", new BigDecimal("20")),
    MG("mg", false, "MG", new BigDecimal("5000")),
    G("g", false, "G", new BigDecimal("40"));

    private final String symbol;
    private final boolean perSquareMetre;
    private final String absolute;
    private final BigDecimal typingLimit;

    DoseUnit(String symbol, boolean perSquareMetre, String absolute, BigDecimal typingLimit) {
        this.symbol = symbol;
        this.perSquareMetre = perSquareMetre;
        this.absolute = absolute;
        this.typingLimit = typingLimit;
    }

    public String symbol() { return symbol; }
    public boolean perSquareMetre() { return perSquareMetre; }
    public BigDecimal typingLimit() { return typingLimit; }

    /** The flat unit this one becomes once multiplied by a body surface area (mg/m² → mg). */
    public DoseUnit absolute() {
        return valueOf(absolute);
    }
}
