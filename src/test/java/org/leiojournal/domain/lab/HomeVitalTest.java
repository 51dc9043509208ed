package org.leiojournal.domain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.validation.Validated;

/** Home blood pressure readings: kept when a machine could show them, each slip named at its field. */
class HomeVitalTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 22, 9, 0);

    private static Validated<HomeVital> validate(String high, String low, String pulse) {
        return HomeVital.validate(0, NINE, high, low, pulse, TestClocks.SUNDAY);
    }

    @Test
    void aReadingWithOrWithoutAPulseIsKept() {
        assertEquals(new HomeVital(0, NINE, 142, 91, Optional.of(72)), validate("142", " 91", "72").value()
                .orElseThrow());
        assertEquals(Optional.empty(), validate("142", "91", "").value().orElseThrow().pulse());
    }

    @ParameterizedTest(name = "{0}/{1} pulse {2}: {3}")
    @CsvSource({"49, 30, '', SYSTOLIC", "301, 90, '', SYSTOLIC", "140, 19, '', DIASTOLIC",
            "120, 120, '', DIASTOLIC", "90, 140, '', DIASTOLIC", "14O, 90, '', SYSTOLIC",
            "140, 90, 19, PULSE", "140, 90, abc, PULSE", "140.5, 90, '', SYSTOLIC"})
    void aSlipIsNamedAtItsField(String high, String low, String pulse, HomeVital.Field field) {
        Validated<HomeVital> result = validate(high, low, pulse);
        assertFalse(result.isValid());
        assertEquals(field, result.problems().get(0).field(), result.problems().toString());
    }

    @Test
    void theEdgesAreKeptAndAReadingLaterThanNowIsNot() {
        assertTrue(validate("50", "20", "20").isValid());
        assertTrue(validate("300", "200", "250").isValid());
        assertEquals(HomeVital.Field.TIME, HomeVital.validate(0, LocalDateTime.of(2026, 11, 22, 9, 31), "120", "80", "",
                TestClocks.SUNDAY).problems().get(0).field());
    }

    /** A reading and a team's levels go through the one check: the same bounds and the same lower-below-upper rule. */
    @Test
    void aTeamsLevelsAreCheckedLikeAReadingButMaySetOneNumberOnly() {
        assertEquals("homeVital.diastolic.notBelow", validate("120", "120", "").problems().get(0).messageKey());
        assertEquals("homeVital.diastolic.notBelow", BloodPressureLevels.validate("120", "120").problems().get(0)
                .messageKey());
        assertTrue(validate("120", "119", "").isValid());
        assertEquals(new BloodPressureLevels(Optional.of(120), Optional.of(119)),
                BloodPressureLevels.validate("120", "119").value().orElseThrow());
        assertEquals(HomeVital.Field.SYSTOLIC, validate("", "90", "").problems().get(0).field(), "a reading needs both");
        assertEquals(new BloodPressureLevels(Optional.empty(), Optional.of(90)),
                BloodPressureLevels.validate(" ", "90").value().orElseThrow());
        assertEquals(BloodPressureLevels.Field.SYSTOLIC, BloodPressureLevels.validate("301", "").problems().get(0)
                .field());
        assertEquals(BloodPressureLevels.Field.DIASTOLIC, BloodPressureLevels.validate("", "19").problems().get(0)
                .field());
    }
}
