package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Body surface area by Mosteller, √(height cm × weight kg / 3600), rounded to two decimals. Expected values were
 * worked out by hand; the square roots are noted beside each case.
 */
class MostellerTest {

    @ParameterizedTest(name = "{0} cm, {1} kg → {2} m²")
    @CsvSource({
            "180, 80, 2.00",   // 14400 / 3600 = 4, √4 = 2 exactly
            "170, 70, 1.82",   // 11900 / 3600 = 3.30556, √ = 1.81812
            "160, 60, 1.63",   // 9600 / 3600 = 2.66667, √ = 1.63299
            "150, 50, 1.44",   // 7500 / 3600 = 2.08333, √ = 1.44338
            "165, 72.5, 1.82", // 11962.5 / 3600 = 3.32292, √ = 1.82289
            "190, 95, 2.24",   // 18050 / 3600 = 5.01389, √ = 2.23917
    })
    void handWorkedExamples(String height, String weight, String expected) {
        assertEquals(new BigDecimal(expected), BodySurfaceArea.mostellerValue(new BigDecimal(height), new BigDecimal(weight)));
    }

    /**
     * Worked examples published on the web. The text of Mosteller's letter (N Engl J Med 1987;317:1098) was not
     * available, so these come from tertiary pages that show their arithmetic:
     * 170 cm, 80 kg → 1.94 m² (https://simplifycalc.pages.dev/health/chemotherapy-bsa-dose-calculator/);
     * 61 in (154.94 cm), 90.7 kg → 1.98 m² (http://www.ehow.co.uk/how_5718169_calculate-dosage-based-height-weight.html).
     */
    @ParameterizedTest(name = "published: {0} cm, {1} kg → {2} m²")
    @CsvSource({"170, 80, 1.94", "154.94, 90.7, 1.98"})
    void publishedWorkedExamples(String height, String weight, String expected) {
        assertEquals(new BigDecimal(expected), BodySurfaceArea.mostellerValue(new BigDecimal(height), new BigDecimal(weight)));
    }

    @Test
    void roundingIsHalfUpAtTheSecondDecimal() {
        // 1.815² × 3600 = 11859.21: a product just above rounds up to 1.82, just below rounds down to 1.81.
        assertEquals(new BigDecimal("1.82"), BodySurfaceArea.mostellerValue(new BigDecimal("100"), new BigDecimal("118.6")));
        assertEquals(new BigDecimal("1.81"), BodySurfaceArea.mostellerValue(new BigDecimal("100"), new BigDecimal("118.5")));
    }

    @Test
    void aComputedAreaKeepsHeightAndWeight() {
        BodySurfaceArea bsa = BodySurfaceArea.mosteller(new BigDecimal("170"), new BigDecimal("70"));
        assertEquals(new BigDecimal("1.82"), bsa.squareMetres());
        assertTrue(bsa.computed());
        assertEquals(Optional.of(new BigDecimal("170")), bsa.heightCm());
        assertEquals(Optional.of(new BigDecimal("70")), bsa.weightKg());
        BodySurfaceArea typed = BodySurfaceArea.entered(new BigDecimal("1.73"));
        assertFalse(typed.computed());
        assertEquals(Optional.empty(), typed.heightCm());
    }

    @ParameterizedTest(name = "{0} m² accepted")
    @CsvSource({"0.5", "0.50", "1.80", "3.0", "3.00"})
    void theLimitsAreAccepted(String value) {
        assertEquals(new BigDecimal(value), BodySurfaceArea.entered(new BigDecimal(value)).squareMetres());
    }

    @ParameterizedTest(name = "{0} m² refused")
    @CsvSource({"0.49", "0.499", "3.01", "3.001", "0", "-1.8", "18"})
    void areasOutsideTheRangeAreRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> BodySurfaceArea.entered(new BigDecimal(value)));
    }

    @Test
    void aComputedAreaOutsideTheRangeIsRefused() {
        // 100 cm × 8 kg: √(800 / 3600) = 0.471; 250 cm × 140 kg: √(35000 / 3600) = 3.118.
        assertThrows(IllegalArgumentException.class,
                () -> BodySurfaceArea.mosteller(new BigDecimal("100"), new BigDecimal("8")));
        assertThrows(IllegalArgumentException.class,
                () -> BodySurfaceArea.mosteller(new BigDecimal("250"), new BigDecimal("140")));
    }

    @Test
    void heightAndWeightComeTogether() {
        assertThrows(IllegalArgumentException.class, () -> new BodySurfaceArea(new BigDecimal("1.80"),
                Optional.of(new BigDecimal("170")), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new BodySurfaceArea(new BigDecimal("1.80"),
                Optional.empty(), Optional.of(new BigDecimal("70"))));
    }
}
