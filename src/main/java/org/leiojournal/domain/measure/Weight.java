package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A body weight as the user entered it: the number and its unit. */
public record Weight(BigDecimal value, WeightUnit unit) implements Reading<WeightUnit> {

    public static final BigDecimal MIN_KG = new BigDecimal("20");
    public static final BigDecimal MAX_KG = new BigDecimal("300");

    public Weight {
        Reading.requireInRange(value, unit, Weight::inRange, "weight outside 20–300 kg");
    }

    public static boolean inRange(BigDecimal value, WeightUnit unit) {
        BigDecimal kg = unit.toKilograms(value);
        return kg.compareTo(MIN_KG) >= 0 && kg.compareTo(MAX_KG) <= 0;
    }

    /** The accepted range expressed in a unit, rounded inwards to one decimal, for messages. */
    public static BigDecimal[] rangeIn(WeightUnit unit) {
        return new BigDecimal[] {
            unit.fromKilograms(MIN_KG).setScale(1, RoundingMode.CEILING),
            unit.fromKilograms(MAX_KG).setScale(1, RoundingMode.FLOOR)
        };
    }

    public BigDecimal kilograms() {
        return unit.toKilograms(value);
    }

    @Override
    public BigDecimal in(WeightUnit target) {
        return target.fromKilograms(kilograms()).setScale(1, RoundingMode.HALF_UP);
    }
}
