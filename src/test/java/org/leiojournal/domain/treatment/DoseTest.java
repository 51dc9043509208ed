package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A per-m² dose times a body surface area, exactly: the products below were multiplied by hand. */
class DoseTest {

    @ParameterizedTest(name = "{0} {1} × {2} m² = {3} {4}")
    @CsvSource({
            "75, MG_PER_M2, 1.80, 135, MG",       // doxorubicin
            "1.5, MG_PER_M2, 1.73, 2.595, MG",    // trabectedin: exact, not rounded to 2.6
            "2.5, G_PER_M2, 1.9, 4.75, G",        // ifosfamide
            "1.1, MG_PER_M2, 1.80, 1.98, MG",     // trabectedin in LMS-04
            "900, MG_PER_M2, 1.63, 1467, MG",     // gemcitabine
    })
    void perSquareMetreDosesAreMultipliedExactly(String amount, DoseUnit unit, String bsa, String expected,
                                                 DoseUnit expectedUnit) {
        Dose dose = Dose.of(amount, unit).forBodySurface(new BigDecimal(bsa));
        assertEquals(Dose.of(expected, expectedUnit), dose);
        assertEquals(expected + " " + expectedUnit.symbol(), dose.display());
    }

    @Test
    void aFlatDoseStaysAsItIs() {
        Dose pazopanib = Dose.of("800", DoseUnit.MG);
        assertSame(pazopanib, pazopanib.forBodySurface(new BigDecimal("1.80")));
        assertEquals("800 mg", pazopanib.forBodySurface(new BigDecimal("2.40")).display());
    }

    @Test
    void roundHundredsStayPlainNumbers() {
        // 100 mg/m² × 2.00 m² = 200 mg, the same dose as a plan written "200 mg".
        Dose dose = Dose.of("100", DoseUnit.MG_PER_M2).forBodySurface(new BigDecimal("2.00"));
        assertEquals(Dose.of("200", DoseUnit.MG), dose);
        assertEquals("200", dose.amount().toString());
        assertEquals("200 mg", dose.display());
        assertEquals(Dose.of("1000", DoseUnit.MG), Dose.of("500", DoseUnit.MG_PER_M2).forBodySurface(new BigDecimal("2")));
    }

    @Test
    void aDoseIsAboveZero() {
        assertThrows(IllegalArgumentException.class, () -> Dose.of("0", DoseUnit.MG));
        assertThrows(IllegalArgumentException.class, () -> Dose.of("-75", DoseUnit.MG_PER_M2));
    }

    @Test
    void perSquareMetreUnitsBecomeFlatUnits() {
        assertEquals(DoseUnit.MG, DoseUnit.MG_PER_M2.absolute());
        assertEquals(DoseUnit.G, DoseUnit.G_PER_M2.absolute());
        assertEquals(DoseUnit.MG, DoseUnit.MG.absolute());
    }
}
