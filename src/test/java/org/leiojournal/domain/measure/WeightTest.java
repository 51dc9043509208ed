package org.leiojournal.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightTest {

    @ParameterizedTest(name = "{0} {1} accepted")
    @CsvSource({"20, KILOGRAM", "300, KILOGRAM", "72.5, KILOGRAM", "44.1, POUND", "661.3, POUND"})
    void limitsOfTheRangeAreAccepted(String value, WeightUnit unit) {
        assertTrue(Weight.inRange(new BigDecimal(value), unit));
        assertEquals(new BigDecimal(value), new Weight(new BigDecimal(value), unit).value());
    }

    @ParameterizedTest(name = "{0} {1} refused")
    @CsvSource({"19.9, KILOGRAM", "300.1, KILOGRAM", "44.0, POUND", "661.4, POUND", "0, KILOGRAM"})
    void valuesOutsideTheRangeAreRefused(String value, WeightUnit unit) {
        assertFalse(Weight.inRange(new BigDecimal(value), unit));
        assertThrows(IllegalArgumentException.class, () -> new Weight(new BigDecimal(value), unit));
    }

    @Test
    void poundsUseTheExactInternationalPound() {
        assertEquals(0, new BigDecimal("45.359237").compareTo(WeightUnit.POUND.toKilograms(new BigDecimal("100"))));
        assertEquals(new BigDecimal("100.0"), new Weight(new BigDecimal("45.359237"), WeightUnit.KILOGRAM)
                .in(WeightUnit.POUND));
    }

    @Test
    void poundsAreKeptAsEntered() {
        Weight w = new Weight(new BigDecimal("154.3"), WeightUnit.POUND);
        assertEquals(new BigDecimal("154.3"), w.value());
        assertEquals("154.3 lb", w.display());
        assertEquals(new BigDecimal("70.0"), w.in(WeightUnit.KILOGRAM));
    }

    @Test
    void rangeShownInPoundsLiesInsideTheAcceptedRange() {
        BigDecimal[] range = Weight.rangeIn(WeightUnit.POUND);
        assertEquals(new BigDecimal("44.1"), range[0]);
        assertEquals(new BigDecimal("661.3"), range[1]);
        assertTrue(Weight.inRange(range[0], WeightUnit.POUND));
        assertTrue(Weight.inRange(range[1], WeightUnit.POUND));
    }
}
