package org.leiojournal.domain.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;

/**
 * The emergency sheet's latest blood counts: the most recent test with a count, drawn by the time the sheet is made,
 * in the lab's own units; a later liver test without counts, or a test dated after now (a typing slip), is passed by.
 */
class LatestBloodCountsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 30);

    @Test
    void theLatestCountDrawnByNowInTheLabsUnits() {
        BloodTest older = test(NOW.minusDays(8), result("neutrophils", "2.4", "10*9/L"));
        BloodTest latest = test(NOW.minusDays(1), result("platelets", "95", "10*9/L"),
                result("neutrophils", "0.8", "10*9/L"), result("haemoglobin", "101", "g/L"));
        BloodTest liverOnly = test(NOW.minusHours(2), result("alt", "40", "U/L"));
        BloodTest future = test(NOW.plusMinutes(1), result("neutrophils", "5.0", "10*9/L"));
        LatestBloodCounts counts = LatestBloodCounts.of(List.of(older, latest, liverOnly, future), NOW);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 21)), counts.takenOn());
        assertEquals(List.of("Neutrophils 0.8 10*9/L", "Haemoglobin 101 g/L", "Platelets 95 10*9/L"), counts.lines());
    }

    @Test
    void aTestDrawnAtTheVeryMomentCounts() {
        LatestBloodCounts counts = LatestBloodCounts.of(List.of(test(NOW, result("wbc", "3.1", "10*9/L"))), NOW);
        assertEquals(List.of("White cells 3.1 10*9/L"), counts.lines());
    }

    @Test
    void noCountsSaysNoneRecorded() {
        assertFalse(LatestBloodCounts.of(List.of(test(NOW.minusDays(1), result("alt", "40", "U/L"))), NOW)
                .recorded());
        assertEquals(LatestBloodCounts.NONE_RECORDED, LatestBloodCounts.of(List.of(), NOW));
    }

    private static BloodTest test(LocalDateTime drawn, LabResult... results) {
        return new BloodTest(0, drawn, "", List.of(results));
    }

    private static LabResult result(String id, String value, String unit) {
        return new LabResult(id, value, unit, Optional.empty(), Optional.empty());
    }
}
