package org.leiojournal.domain.measure;

import java.math.BigDecimal;

/**
 * A reading as the user typed it, the number and its unit ({@link Temperature}, {@link Weight}): what the two share
 * in how they are shown.
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
}
