package org.leiojournal.domain.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Celsius or Fahrenheit. Conversions use decimal arithmetic so that 100.4 °F is exactly 38.0 °C. */
public enum TemperatureUnit implements MeasureUnit {
    CELSIUS("°C"),
    FAHRENHEIT("°F");

    private static final BigDecimal THIRTY_TWO = new BigDecimal("32");
    private static final BigDecimal NINE = new BigDecimal("9");
    private static final BigDecimal FIVE = new BigDecimal("5");

    private final String symbol;

    TemperatureUnit(String symbol) {
        this.symbol = symbol;
    }

    @Override
    public String symbol() { return symbol; }

    public BigDecimal toCelsius(BigDecimal value) {
        if (this == CELSIUS) {
            return value;
        }
        return value.subtract(THIRTY_TWO).multiply(FIVE).divide(NINE, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public BigDecimal fromCelsius(BigDecimal celsius) {
        if (this == CELSIUS) {
            return celsius;
        }
        return celsius.multiply(NINE).divide(FIVE, 4, RoundingMode.HALF_UP).add(THIRTY_TWO).stripTrailingZeros();
    }
}
