package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Body surface area in m², either copied from the team's sheet or worked out from height and weight with the
 * Mosteller formula, √(height cm × weight kg / 3600), rounded to two decimals as treatment sheets show it.
 */
public record BodySurfaceArea(BigDecimal squareMetres, Optional<BigDecimal> heightCm, Optional<BigDecimal> weightKg) {

    public static final BigDecimal MIN = new BigDecimal("0.5");
    public static final BigDecimal MAX = new BigDecimal("3.0");
    public static final BigDecimal MIN_HEIGHT_CM = new BigDecimal("100");
    public static final BigDecimal MAX_HEIGHT_CM = new BigDecimal("250");
    private static final BigDecimal MOSTELLER_DIVISOR = new BigDecimal("3600");

    public BodySurfaceArea {
        Objects.requireNonNull(squareMetres, "squareMetres");
        if (squareMetres.compareTo(MIN) < 0 || squareMetres.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("body surface area outside 0.5–3.0 m²: " + squareMetres);
        }
        if (heightCm.isPresent() != weightKg.isPresent()) {
            throw new IllegalArgumentException("height and weight come together");
        }
    }

    public static BodySurfaceArea entered(BigDecimal squareMetres) {
        return new BodySurfaceArea(squareMetres, Optional.empty(), Optional.empty());
    }

    public static BodySurfaceArea mosteller(BigDecimal heightCm, BigDecimal weightKg) {
        return new BodySurfaceArea(mostellerValue(heightCm, weightKg), Optional.of(heightCm), Optional.of(weightKg));
    }

    /** Mosteller (N Engl J Med 1987;317:1098): BSA (m²) = √(height (cm) × weight (kg) / 3600). */
    public static BigDecimal mostellerValue(BigDecimal heightCm, BigDecimal weightKg) {
        BigDecimal radicand = heightCm.multiply(weightKg).divide(MOSTELLER_DIVISOR, MathContext.DECIMAL64);
        return radicand.sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    public boolean computed() {
        return heightCm.isPresent();
    }
}
