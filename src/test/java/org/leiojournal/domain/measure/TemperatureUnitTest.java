package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemperatureUnitTest {

    /** Compared by value: 38 and 38.0 are the same temperature. */
    private static void assertSameValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @ParameterizedTest(name = "{0} °F is exactly {1} °C")
    @CsvSource({"100.4, 38.0", "99.5, 37.5", "96.8, 36.0", "93.2, 34.0", "109.4, 43.0", "32, 0", "212, 100"})
    void fahrenheitConvertsToCelsiusExactly(String fahrenheit, String celsius) {
        assertSameValue(celsius, TemperatureUnit.FAHRENHEIT.toCelsius(new BigDecimal(fahrenheit)));
    }

    @ParameterizedTest(name = "{1} °C is exactly {0} °F")
    @CsvSource({"100.4, 38.0", "99.5, 37.5", "96.8, 36.0", "93.2, 34.0", "109.4, 43.0"})
    void celsiusConvertsToFahrenheitExactly(String fahrenheit, String celsius) {
        assertSameValue(fahrenheit, TemperatureUnit.FAHRENHEIT.fromCelsius(new BigDecimal(celsius)));
    }

    @ParameterizedTest
    @CsvSource({"37.5", "34.0", "43"})
    void celsiusIsLeftAsItIs(String celsius) {
        BigDecimal value = new BigDecimal(celsius);
        assertEquals(value, TemperatureUnit.CELSIUS.toCelsius(value));
        assertEquals(value, TemperatureUnit.CELSIUS.fromCelsius(value));
    }

    @ParameterizedTest
    @CsvSource({"99.4, 37.4444", "96.7, 35.9444"})
    void inexactConversionsStayOnTheirSideOfTheLimit(String fahrenheit, String celsius) {
        // 99.4 °F must not be rounded up to 37.5 °C, nor 96.7 °F up to 36.0 °C
        assertSameValue(celsius, TemperatureUnit.FAHRENHEIT.toCelsius(new BigDecimal(fahrenheit)));
    }
}
