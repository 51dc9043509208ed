package org.leiojournal.domain.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A record's required fields: the missing one is named exactly as Objects.requireNonNull named it. */
class RequiredTest {

    @Test
    void allPresentPasses() {
        assertDoesNotThrow(() -> Required.all("kind, start, zone", "visit", 1, "Europe/London"));
    }

    @Test
    void theFirstMissingFieldIsNamedWhereverItStands() {
        assertEquals("kind", assertThrows(NullPointerException.class,
                () -> Required.all("kind, start, zone", null, 1, "Europe/London")).getMessage());
        assertEquals("zone", assertThrows(NullPointerException.class,
                () -> Required.all("kind, start, zone", "visit", 1, null)).getMessage());
        assertEquals("start", assertThrows(NullPointerException.class,
                () -> Required.all("kind, start, zone", "visit", null, null)).getMessage(), "the first of two");
    }

    @Test
    void oneFieldWorksLikeRequireNonNull() {
        assertEquals("id", assertThrows(NullPointerException.class, () -> Required.all("id", (Object) null))
                .getMessage());
    }

    /** An assertion: Maven's tests run with assertions on, so a slip is found on the record's first test. */
    @Test
    void namesThatDoNotMatchTheValuesAreRefusedEvenWhenNothingIsMissing() {
        assertThrows(AssertionError.class, () -> Required.all("kind, start", "visit", 1, "Europe/London"));
        assertThrows(AssertionError.class, () -> Required.all("kind, start, zone", "visit", 1));
    }
}
