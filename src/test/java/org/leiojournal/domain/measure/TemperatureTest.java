package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemperatureTest {

    @ParameterizedTest(name = "{0} {1} accepted")
    @CsvSource({"34.0, CELSIUS", "43.0, CELSIUS", "37.5, CELSIUS", "93.2, FAHRENHEIT", "109.4, FAHRENHEIT"})
    void limitsOfTheRangeAreAccepted(String value, TemperatureUnit unit) {
        assertTrue(Temperature.inRange(new BigDecimal(value), unit));
        assertEquals(new BigDecimal(value), new Temperature(new BigDecimal(value), unit).value());
    }

    @ParameterizedTest(name = "{0} {1} refused")
    @CsvSource({"33.9, CELSIUS", "43.1, CELSIUS", "93.1, FAHRENHEIT", "109.5, FAHRENHEIT", "37.5, FAHRENHEIT",
            "99.5, CELSIUS"})
    void valuesOutsideTheRangeAreRefused(String value, TemperatureUnit unit) {
        assertFalse(Temperature.inRange(new BigDecimal(value), unit));
        assertThrows(IllegalArgumentException.class, () -> new Temperature(new BigDecimal(value), unit));
    }

    @Test
    void fahrenheitIsKeptAsEntered() {
        Temperature t = Temperature.fahrenheit("100.4");
        assertEquals(new BigDecimal("100.4"), t.value());
        assertEquals(TemperatureUnit.FAHRENHEIT, t.unit());
        assertEquals("100.4 °F", t.display());
        assertEquals(0, new BigDecimal("38.0").compareTo(t.celsius()));
    }

    @Test
    void shownInTheOtherUnitToOneDecimal() {
        assertEquals(new BigDecimal("38.0"), Temperature.fahrenheit("100.4").in(TemperatureUnit.CELSIUS));
        assertEquals(new BigDecimal("99.5"), Temperature.celsius("37.5").in(TemperatureUnit.FAHRENHEIT));
        assertEquals(new BigDecimal("37.4"), Temperature.fahrenheit("99.4").in(TemperatureUnit.CELSIUS));
    }
}
