package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Converts a result between the units labs print a test in. Multiplications are exact; the one division runs to
 * 16 significant digits, so 1500 /µL is exactly 1.5 ×10⁹/L and 88.4 µmol/L exactly 1 mg/dL. Results are kept as
 * entered; conversion is only for drawing them on one scale.
 */
public final class UnitConverter {

    private UnitConverter() {
    }

    public static BigDecimal convert(BigDecimal value, LabUnit from, LabUnit to) {
        UnitFactor a = from.toMain();
        UnitFactor b = to.toMain();
        BigDecimal top = value.multiply(a.numerator()).multiply(b.denominator());
        BigDecimal bottom = a.denominator().multiply(b.numerator());
        BigDecimal result = top.divide(bottom, MathContext.DECIMAL64).stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    /** The value in the test's main unit. */
    public static BigDecimal toMain(LabTest test, BigDecimal value, LabUnit from) {
        return convert(value, from, test.mainUnit());
    }
}
