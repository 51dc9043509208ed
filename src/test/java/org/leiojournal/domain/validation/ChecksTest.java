package org.leiojournal.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks the forms share: at the limit is allowed, one over is refused, and a refusal never builds the record. */
class ChecksTest {

    private enum Field implements FieldId { SITE, NOTE, SURGERY_DATE }

    @Test
    void textOfExactlyTheLimitPassesAndOneCharacterMoreIsTooLong() {
        List<Problem> problems = new ArrayList<>();
        Checks.length("a".repeat(120), 120, Field.SITE, problems);
        assertTrue(problems.isEmpty(), "120 of 120 is allowed");
        Checks.length("a".repeat(121), 120, Field.SITE, problems);
        assertEquals(List.of(Problem.of(Field.SITE, "text.tooLong", 120)), problems, "121 of 120 is refused, with the limit");
    }

    @Test
    void noTextIsNeverTooLong() {
        List<Problem> problems = new ArrayList<>();
        Checks.length(null, 0, Field.NOTE, problems);
        Checks.length("", 0, Field.NOTE, problems);
        assertTrue(problems.isEmpty());
    }

    @Test
    void aMissingValueIsNamedWithItsOwnMessageAndAGivenOneIsNot() {
        List<Problem> problems = new ArrayList<>();
        Checks.required("2026-11-22", Field.SURGERY_DATE, "surgery.date.required", problems);
        assertTrue(problems.isEmpty());
        Checks.required(null, Field.SURGERY_DATE, "surgery.date.required", problems);
        assertEquals(List.of(Problem.of(Field.SURGERY_DATE, "surgery.date.required")), problems);
    }

    @Test
    void withProblemsTheRecordIsNotMadeAtAll() {
        List<Problem> problems = List.of(Problem.of(Field.SITE, "text.tooLong", 120));
        Validated<String> result = Validated.of(problems, () -> {
            throw new AssertionError("a record of refused input must not be built (its constructor would throw)");
        });
        assertFalse(result.isValid());
        assertEquals(problems, result.problems());
    }

    @Test
    void withoutProblemsTheRecordIsMade() {
        Validated<String> result = Validated.of(List.of(), () -> "made");
        assertEquals("made", result.value().orElseThrow());
    }
}
