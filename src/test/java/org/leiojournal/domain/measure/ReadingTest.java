package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a chart or a list shows of a reading: the number as typed in its own unit, one decimal in the other. */
class ReadingTest {

    @Test
    void inItsOwnUnitTheNumberIsExactlyAsTyped() {
        // two decimals as typed stay two decimals: converting would round 70.25 to 70.3
        assertEquals(new BigDecimal("70.25"), new Weight(new BigDecimal("70.25"), WeightUnit.KILOGRAM)
                .shownIn(WeightUnit.KILOGRAM));
        assertEquals(new BigDecimal("100.4"), Temperature.fahrenheit("100.4").shownIn(TemperatureUnit.FAHRENHEIT));
    }

    @Test
    void inTheOtherUnitTheNumberIsConvertedToOneDecimal() {
        assertEquals(new BigDecimal("38.0"), Temperature.fahrenheit("100.4").shownIn(TemperatureUnit.CELSIUS));
        assertEquals(new BigDecimal("154.9"), new Weight(new BigDecimal("70.25"), WeightUnit.KILOGRAM)
                .shownIn(WeightUnit.POUND));
    }

    @Test
    void displayIsTheNumberAsTypedWithItsSymbol() {
        assertEquals("37.25 °C", Temperature.celsius("37.25").display());
        assertEquals("100.4 °F", Temperature.fahrenheit("100.4").display());
        assertEquals("70.25 kg", new Weight(new BigDecimal("70.25"), WeightUnit.KILOGRAM).display());
    }
}
