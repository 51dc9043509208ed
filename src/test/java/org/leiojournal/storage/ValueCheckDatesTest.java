package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * An import checks every date and moment (issue 21 made the check read the digits where they stand rather than
 * parse with a formatter): the same dates pass and fail as before, at each edge.
 */
class ValueCheckDatesTest {

    private final Column day = JournalTables.named("check_in").orElseThrow().column("day");
    private final Column at = JournalTables.named("check_in").orElseThrow().column("recorded_at");

    @Test
    void aDateMustExistAndLieIn1900To2100() {
        assertTrue(day.problemWith("2026-11-22").isEmpty());
        assertTrue(day.problemWith("2028-02-29").isEmpty(), "a leap year's 29 February");
        assertFalse(day.problemWith("2026-02-29").isEmpty(), "not a leap year");
        assertFalse(day.problemWith("2026-11-31").isEmpty());
        assertFalse(day.problemWith("2026-13-01").isEmpty());
        assertFalse(day.problemWith("2026-00-10").isEmpty());
        assertFalse(day.problemWith("2026-11-00").isEmpty());
        assertTrue(day.problemWith("1900-01-01").isEmpty());
        assertFalse(day.problemWith("1899-12-31").isEmpty());
        assertTrue(day.problemWith("2100-12-31").isEmpty());
        assertFalse(day.problemWith("2101-01-01").isEmpty());
    }

    @Test
    void aMomentMustExistAndLieIn1900To2100() {
        assertTrue(at.problemWith("2026-11-22T09:30:00Z").isEmpty());
        assertTrue(at.problemWith("2028-02-29T23:59:59Z").isEmpty());
        assertFalse(at.problemWith("2026-02-29T09:30:00Z").isEmpty());
        assertFalse(at.problemWith("2026-11-22T23:60:00Z").isEmpty());
        assertFalse(at.problemWith("2026-11-22T23:59:61Z").isEmpty());
        assertTrue(at.problemWith("1900-01-01T00:00:00Z").isEmpty());
        assertFalse(at.problemWith("1899-12-31T23:59:59Z").isEmpty());
        assertTrue(at.problemWith("2100-12-31T23:59:59Z").isEmpty());
        assertFalse(at.problemWith("2101-01-01T00:00:00Z").isEmpty());
        assertFalse(at.problemWith("2026-11-22 09:30:00Z").isEmpty(), "the ISO form only");
    }

    /** Java's own parser, which the check used before, takes these (a leap second, the end of a day). */
    @Test
    void aLeapSecondOrTheEndOfADayIsJudgedAsTheFullParserJudgesIt() {
        for (String edge : new String[] {"2016-12-31T23:59:60Z", "2026-11-22T24:00:00Z", "2100-12-31T24:00:00Z"}) {
            boolean parses;
            try {
                int year = Instant.parse(edge).atZone(ZoneOffset.UTC).getYear();
                parses = year >= 1900 && year <= 2100;
            } catch (DateTimeException e) {
                parses = false;
            }
            assertEquals(parses, at.problemWith(edge).isEmpty(), edge);
        }
    }
}
