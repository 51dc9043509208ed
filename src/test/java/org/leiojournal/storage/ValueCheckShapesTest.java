package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: uids, dates and moments are checked char by char instead of by a regular expression; the same values
 * must pass and fail as before, at each edge.
 */
class ValueCheckShapesTest {

    private static final Column UID = column("uid");
    private static final Column DAY = JournalTables.named("check_in").orElseThrow().column("day");
    private static final Column SEEN = JournalTables.named("alert").orElseThrow().column("seen_at");

    private static Column column(String name) {
        return JournalTables.named("check_in").orElseThrow().column(name);
    }

    @Test
    void aUidHasOneTo64LettersDigitsOrDotUnderscoreColonHyphen() {
        assertEquals(Optional.empty(), UID.problemWith("a"));
        assertEquals(Optional.empty(), UID.problemWith("A.z_0:9-"));
        assertEquals(Optional.empty(), UID.problemWith("x".repeat(64)));
        assertEquals(true, UID.problemWith("x".repeat(65)).isPresent(), "65 characters");
        assertEquals(true, UID.problemWith("").isPresent(), "empty");
        for (String bad : new String[] {"a b", "a/b", "é", "a+b", "a\u0660"}) {
            assertEquals(true, UID.problemWith(bad).isPresent(), bad);
        }
    }

    @Test
    void aDateHasTheShapeYyyyMmDdInAsciiDigits() {
        assertEquals(Optional.empty(), DAY.problemWith("2026-11-22"));
        for (String bad : new String[] {"2026-11-2", "2026-11-222", "2026/11/22", "2026-1a-22", "\u0662026-11-22",
            "2026-11-22 "}) {
            assertEquals(true, DAY.problemWith(bad).isPresent(), bad);
        }
    }

    @Test
    void aMomentHasTheShapeOfAUtcInstantInWholeSeconds() {
        assertEquals(Optional.empty(), SEEN.problemWith("2026-11-22T09:30:00Z"));
        for (String bad : new String[] {"2026-11-22T09:30:00", "2026-11-22T09:30Z", "2026-11-22 09:30:00Z",
            "2026-11-22T09:30:00.5Z", "2026-11-22T09:30:0\u0665Z", "2026-11-22T24:00:01Z"}) {
            assertEquals(true, SEEN.problemWith(bad).isPresent(), bad);
        }
    }
}
