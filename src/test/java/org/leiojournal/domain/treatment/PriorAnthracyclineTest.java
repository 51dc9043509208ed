package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Anthracycline from before this journal: none by default, otherwise 0–2000 mg/m² as the team converted it. */
class PriorAnthracyclineTest {

    @Test
    void noneIsZeroWithoutANote() {
        assertEquals(0, PriorAnthracycline.NONE.mgPerSquareMetre().signum());
        assertEquals("", PriorAnthracycline.NONE.note());
    }

    @Test
    void amountsFromZeroTo2000AreKept() {
        assertEquals(new BigDecimal("2000"), new PriorAnthracycline(new BigDecimal("2000"), null).mgPerSquareMetre());
        assertEquals("", new PriorAnthracycline(new BigDecimal("300"), null).note());
    }

    @Test
    void amountsOutsideTheRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PriorAnthracycline(new BigDecimal("-1"), ""));
        assertThrows(IllegalArgumentException.class, () -> new PriorAnthracycline(new BigDecimal("2000.1"), ""));
    }
}
