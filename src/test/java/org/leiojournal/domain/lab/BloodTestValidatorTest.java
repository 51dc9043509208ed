package org.leiojournal.domain.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Issue 22: a blood test is saved only when every value fits its test, each kept as entered; bad input is named at
 * its field. The clock is Sunday 22 November 2026, 09:30 London.
 */
class BloodTestValidatorTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final BloodTestValidator VALIDATOR = new BloodTestValidator(LabCatalog.bundled().all());

    private static Validated<BloodTest> validate(LocalDate date, String time, BloodTestDraft.Row... rows) {
        return VALIDATOR.validate(0, new BloodTestDraft(date, time, "St Mary's", List.of(rows)), TestClocks.SUNDAY);
    }

    private static Problem onlyProblem(Validated<BloodTest> result) {
        assertFalse(result.isValid(), "nothing is saved");
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    @Test
    void aFullCountIsKeptAsEnteredInTheUnitsOfThePrintoutInCatalogueOrder() {
        BloodTest test = validate(SUNDAY, "08:15",
                BloodTestDraft.Row.of("platelets", "150000", "/uL"),
                new BloodTestDraft.Row("neutrophils", "1,50", "10*9/L", "2.0", "7.5"),
                BloodTestDraft.Row.of("haemoglobin", "10.2", "g/dL"),
                BloodTestDraft.Row.of("wbc", "", "10*9/L"),
                BloodTestDraft.Row.of("urine-protein-dipstick", "Trace", "")).value().orElseThrow();
        assertEquals(LocalDateTime.of(2026, 11, 22, 8, 15), test.drawnAt());
        assertEquals("St Mary's", test.lab());
        assertEquals(List.of("haemoglobin", "neutrophils", "platelets", "urine-protein-dipstick"),
                test.results().stream().map(LabResult::testId).toList(), "a blank row is not recorded; values sorted by test id");
        LabResult neutrophils = test.result("neutrophils").orElseThrow();
        assertEquals("1.50", neutrophils.value(), "kept as typed, 1.50 stays 1.50");
        assertEquals("10*9/L", neutrophils.unit());
        assertEquals(Optional.of(new BigDecimal("2.0")), neutrophils.labLow());
        assertEquals(Optional.of(LabResult.OutOfRange.LOW), neutrophils.outOfLabRange());
        assertEquals("150000", test.result("platelets").orElseThrow().value());
        assertEquals("trace", test.result("urine-protein-dipstick").orElseThrow().value());
    }

    @Test
    void aUnitTheTestIsNotPrintedInIsNamedAtTheUnit() {
        Problem p = onlyProblem(validate(SUNDAY, "", BloodTestDraft.Row.of("neutrophils", "1.5", "g/L")));
        assertEquals(BloodTestValidator.Field.UNIT.in("neutrophils"), p.field());
        assertEquals("bloodTest.unit.wrong", p.messageKey());
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource({"abc", "1.5x", "-1", "1e3", "'1.5 2'"})
    void lettersAndSignsAreNamedAtTheValue(String typed) {
        Problem p = onlyProblem(validate(SUNDAY, "", BloodTestDraft.Row.of("neutrophils", typed, "10*9/L")));
        assertEquals(BloodTestValidator.Field.VALUE.in("neutrophils"), p.field());
        assertEquals("bloodTest.value.notNumber", p.messageKey());
    }

    @ParameterizedTest(name = "{0} {1} {2}: impossible")
    @CsvSource({"platelets, 0, 10*9/L", "haemoglobin, 40, g/dL", "haemoglobin, 400, g/L", "wbc, 0, /uL"})
    void aValueNoLabCouldPrintIsRefused(String id, String value, String unit) {
        Problem p = onlyProblem(validate(SUNDAY, "", BloodTestDraft.Row.of(id, value, unit)));
        assertEquals(BloodTestValidator.Field.VALUE.in(id), p.field());
        assertEquals("bloodTest.value.impossible", p.messageKey());
    }

    @ParameterizedTest(name = "{0} {1} {2}: possible")
    @CsvSource({"platelets, 1, 10*9/L", "haemoglobin, 25, g/dL", "neutrophils, 0, 10*9/L", "neutrophils, 0.1, /uL"})
    void theEdgeOfWhatIsPossibleIsKept(String id, String value, String unit) {
        assertTrue(validate(SUNDAY, "", BloodTestDraft.Row.of(id, value, unit)).isValid());
    }

    @Test
    void aDrawLaterTodayOrTomorrowIsFutureAndAMinuteAgoIsNot() {
        assertEquals(BloodTestValidator.Field.TIME, onlyProblem(validate(SUNDAY, "09:31",
                BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L"))).field());
        assertEquals("bloodTest.drawnAt.future", onlyProblem(validate(SUNDAY.plusDays(1), "",
                BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L"))).messageKey());
        assertTrue(validate(SUNDAY, "09:29", BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L")).isValid());
        assertTrue(validate(SUNDAY, "", BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L")).isValid(),
                "a test drawn today without a time");
    }

    @Test
    void aDipstickTakesOnlyItsPrintedWords() {
        Problem p = onlyProblem(validate(SUNDAY, "", BloodTestDraft.Row.of("urine-protein-dipstick", "5+", "")));
        assertEquals("bloodTest.value.notChoice", p.messageKey());
    }

    @Test
    void anUpsideDownLabRangeOrAnEmptyFormIsRefused() {
        Problem p = onlyProblem(validate(SUNDAY, "",
                new BloodTestDraft.Row("neutrophils", "1.5", "10*9/L", "7.5", "2.0")));
        assertEquals(BloodTestValidator.Field.RANGE.in("neutrophils"), p.field());
        assertEquals("bloodTest.values.none", onlyProblem(validate(SUNDAY, "",
                BloodTestDraft.Row.of("neutrophils", " ", "10*9/L"))).messageKey());
        assertEquals(BloodTestValidator.Field.DATE, onlyProblem(validate(null, "",
                BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L"))).field());
        assertEquals(BloodTestValidator.Field.TIME, onlyProblem(validate(SUNDAY, "25:00",
                BloodTestDraft.Row.of("neutrophils", "1.5", "10*9/L"))).field());
    }

    @Test
    void aRangeWithoutAValueAsksForTheValue() {
        Problem p = onlyProblem(validate(SUNDAY, "", new BloodTestDraft.Row("neutrophils", "", "10*9/L", "2", "7")));
        assertEquals("bloodTest.value.required", p.messageKey());
    }
}
