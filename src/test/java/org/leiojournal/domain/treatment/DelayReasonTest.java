package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 22: a delay names the blood counts as its reason in the button's words; other reasons stay free text. */
class DelayReasonTest {

    private static Delay because(String reason) {
        return new Delay(2, 1, LocalDate.of(2026, 11, 22), reason);
    }

    @Test
    void theButtonsWordsInAnyCaseAndWithMoreAfterAreBloodCounts() {
        assertTrue(because(Delay.BLOOD_COUNTS).forBloodCounts());
        assertTrue(because(" blood counts: neutrophils 0.9").forBloodCounts());
    }

    @Test
    void otherAndOldReasonsAreNot() {
        assertFalse(because("Neutrophils too low").forBloodCounts(), "an old free-text reason loads as it was");
        assertFalse(because("").forBloodCounts());
        assertFalse(because(null).forBloodCounts());
        assertFalse(because("Holiday").forBloodCounts());
    }
}
