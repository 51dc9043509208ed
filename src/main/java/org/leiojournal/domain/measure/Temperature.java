package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A body temperature as the user entered it: the number and its unit, never silently converted. */
public record Temperature(BigDecimal value, TemperatureUnit unit) implements Reading<TemperatureUnit> {

    /** The range the journal accepts, in °C (34–43 °C is 93.2–109.4 °F). */
    public static final BigDecimal MIN_CELSIUS = new BigDecimal("34.0");
    public static final BigDecimal MAX_CELSIUS = new BigDecimal("43.0");

    public Temperature {
        Reading.requireInRange(value, unit, Temperature::inRange, "temperature outside 34–43 °C");
    }

    public static Temperature celsius(String value) {
        return new Temperature(new BigDecimal(value), TemperatureUnit.CELSIUS);
    }

    public static Temperature fahrenheit(String value) {
        return new Temperature(new BigDecimal(value), TemperatureUnit.FAHRENHEIT);
    }

    public static boolean inRange(BigDecimal value, TemperatureUnit unit) {
        BigDecimal c = unit.toCelsius(value);
        return c.compareTo(MIN_CELSIUS) >= 0 && c.compareTo(MAX_CELSIUS) <= 0;
    }

    public BigDecimal celsius() {
        return unit.toCelsius(value);
    }

    @Override
    public BigDecimal in(TemperatureUnit target) {
        return target.fromCelsius(celsius()).setScale(1, RoundingMode.HALF_UP);
    }
}
