package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** D17: texts written in °C read in °F first, with the °C the team's card may give beside it. */
class TemperatureWordsTest {

    @Test
    void aThresholdReadsInTheUsersUnit() {
        assertEquals("37.5 °C", TemperatureWords.of(new BigDecimal("37.5"), TemperatureUnit.CELSIUS));
        assertEquals("99.5 °F (37.5 °C)", TemperatureWords.of(new BigDecimal("37.5"), TemperatureUnit.FAHRENHEIT));
        assertEquals("100.4 °F (38.0 °C)", TemperatureWords.of(new BigDecimal("38"), TemperatureUnit.FAHRENHEIT));
        assertEquals("96.8 °F (36.0 °C)", TemperatureWords.of(new BigDecimal("36.0"), TemperatureUnit.FAHRENHEIT));
    }

    @Test
    void everyCelsiusNumberInATextIsGivenInFahrenheit() {
        String note = "Kept in Settings (37.5 °C until you change it; some teams say 38.0\u00A0°C). "
                + "A temperature of 36.0 °C or below (UK leaflets say “below 36”) counts too.";
        assertEquals("Kept in Settings (99.5 °F (37.5 °C) until you change it; some teams say 100.4 °F (38.0 °C)). "
                + "A temperature of 96.8 °F (36.0 °C) or below (UK leaflets say “below 36”) counts too.",
                TemperatureWords.inUnit(note, TemperatureUnit.FAHRENHEIT));
    }

    @Test
    void aCelsiusNumberAlreadyGivenInFahrenheitIsLeftAsItIs() {
        String text = "from 37.5 to 38.0 °C (99.5 to 100.4 °F)";
        assertEquals(text, TemperatureWords.inUnit(text, TemperatureUnit.FAHRENHEIT));
    }

    @Test
    void inCelsiusNothingChanges() {
        String text = "37.5 °C until you change it";
        assertEquals(text, TemperatureWords.inUnit(text, TemperatureUnit.CELSIUS));
    }
}
