package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A reading as the user typed it, the number and its unit ({@link Temperature}, {@link Weight}): what the two share
 * in how they are shown and checked.
 */
public interface Reading<U extends MeasureUnit> {

    BigDecimal value();

    U unit();

    /** This reading in {@code target}, converted and rounded to one decimal place. */
    BigDecimal in(U target);

    /**
     * The number to show in {@code target}: exactly as typed when it was typed in that unit (no rounding of what the
     * user wrote), else converted to one decimal.
     */
    default BigDecimal shownIn(U target) {
        return unit() == target ? value() : in(target);
    }

    /** "37.5 °C", "70.25 kg": as typed, with its unit. */
    default String display() {
        return value().toPlainString() + " " + unit().symbol();
    }

    /**
     * What a reading's constructor checks: a number and a unit, and the number within the journal's range for that
     * kind of reading ({@code inRange}); {@code outside} names the range in the refusal, "weight outside 20–300 kg".
     */
    static <U extends MeasureUnit> void requireInRange(BigDecimal value, U unit, BiPredicate<BigDecimal, U> inRange,
                                                       String outside) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (!inRange.test(value, unit)) {
            throw new IllegalArgumentException(outside + ": " + value + unit.symbol());
        }
    }
}
