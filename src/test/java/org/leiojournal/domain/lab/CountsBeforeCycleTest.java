package org.leiojournal.domain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 22: the counts the course calendar shows before each cycle's day 1, at the edges of the window. */
class CountsBeforeCycleTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 15);

    private static BloodTest drawn(LocalDateTime at, String test) {
        return new BloodTest(0, at, "", List.of(LabResult.number(test, "1.6", "10*9/L")));
    }

    @Test
    void theLatestCountFromThreeDaysBeforeToDayOneItself() {
        BloodTest fourBefore = drawn(DAY_ONE.minusDays(4).atTime(9, 0), "neutrophils");
        BloodTest threeBefore = drawn(DAY_ONE.minusDays(3).atTime(0, 0), "neutrophils");
        BloodTest dayBefore = drawn(DAY_ONE.minusDays(1).atTime(15, 0), "platelets");
        BloodTest morning = drawn(DAY_ONE.atTime(8, 0), "neutrophils");
        BloodTest dayAfter = drawn(DAY_ONE.plusDays(1).atTime(8, 0), "neutrophils");
        assertEquals(morning, CountsBeforeCycle.before(DAY_ONE, List.of(fourBefore, threeBefore, dayBefore, morning,
                dayAfter)).orElseThrow());
        assertEquals(dayBefore, CountsBeforeCycle.before(DAY_ONE, List.of(fourBefore, threeBefore, dayBefore))
                .orElseThrow());
        assertEquals(threeBefore, CountsBeforeCycle.before(DAY_ONE, List.of(fourBefore, threeBefore)).orElseThrow());
        assertTrue(CountsBeforeCycle.before(DAY_ONE, List.of(fourBefore, dayAfter)).isEmpty());
    }

    @Test
    void aTestWithoutNeutrophilsOrPlateletsIsNotACount() {
        assertTrue(CountsBeforeCycle.before(DAY_ONE, List.of(drawn(DAY_ONE.minusDays(1).atTime(9, 0), "alt")))
                .isEmpty());
    }
}
