package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 21: stored instants are read digit by digit, and must read exactly as Instant.parse reads them. */
class MomentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T09:30:00Z", "1900-01-01T00:00:00Z", "2100-12-31T23:59:59Z",
            "2024-02-29T12:00:00Z", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2026-03-29T01:00:00Z",
            // not the journal's own form: read by Instant.parse itself
            "2026-11-22T09:30:00.250Z", "2026-11-22T24:00:00Z", "+12026-11-22T09:30:00Z", "2026-12-31T23:59:60Z"})
    void readsAsInstantParseDoes(String text) {
        assertEquals(Instant.parse(text), Moments.parse(text), text);
    }

    @Test
    void readsEverySecondOfAYearAsInstantParseDoes() {
        for (long s = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond(); s < Instant.parse("2029-01-01T00:00:00Z")
                .getEpochSecond(); s += 3_607) {
            String text = Instant.ofEpochSecond(s).toString();
            assertEquals(Instant.parse(text), Moments.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T09:30:00Z", "2026-13-01T09:30:00Z", "2026-04-31T00:00:00Z",
            "2026-11-22T25:00:00Z", "2026-11-22T09:60:00Z", "2026-11-22 09:30:00Z", "2026-11-22T09:30:00", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThrows(DateTimeException.class, () -> Instant.parse(text));
        assertThrows(DateTimeException.class, () -> Moments.parse(text));
    }
}
