package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cycle days as people copy them from a treatment sheet, read and written back. */
class DayListTest {

    private static final int CYCLE = 21;

    private static List<Integer> parse(String text) {
        return DayList.parse(text, CYCLE).orElseThrow(() -> new AssertionError("refused: " + text));
    }

    @Test
    void commaSeparatedDaysAreRead() {
        assertEquals(List.of(1, 8), parse("1, 8"));
        assertEquals(List.of(1, 8), parse("1,8"));
        assertEquals(List.of(1, 8, 15), parse(" 1 ; 8; 15 "), "semicolons and spaces as people type them");
    }

    @Test
    void rangesWithHyphenOrEnDashAreExpanded() {
        assertEquals(List.of(1, 2, 3, 8), parse("1-3, 8"));
        assertEquals(List.of(1, 2, 3), parse("1–3"), "en dash, as printed on sheets");
        assertEquals(List.of(1, 2, 3, 4, 5), parse("1 - 5"));
        assertEquals(List.of(4), parse("4-4"));
    }

    @Test
    void duplicatesAreMergedAndDaysSorted() {
        assertEquals(List.of(1, 2, 3, 8), parse("8, 1-3, 2, 1"));
        assertEquals(List.of(1, 8), parse("8, 8, 1"));
    }

    @Test
    void theLastDayOfTheCycleIsAllowed() {
        assertEquals(List.of(21), parse("21"));
        assertEquals(List.of(19, 20, 21), parse("19-21"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "0", "22", "1-22", "1-", "-3", "3-1", "1,,8", "1 8", "day 1", "1.5", "a",
            "1-3-5", "1234"})
    void invalidTextsGiveNothing(String text) {
        assertEquals(Optional.empty(), DayList.parse(text, CYCLE));
    }

    @ParameterizedTest
    @NullSource
    void noTextGivesNothing(String text) {
        assertEquals(Optional.empty(), DayList.parse(text, CYCLE));
    }

    @Test
    void theCycleLengthDecidesWhichDaysExist() {
        assertEquals(Optional.of(List.of(22, 28)), DayList.parse("22, 28", 28), "a 28-day cycle has day 28");
        assertTrue(DayList.parse("15", 14).isEmpty());
    }

    @Test
    void daysAreWrittenBackTheShortestWay() {
        assertEquals("1–3, 8", DayList.format(List.of(1, 2, 3, 8)));
        assertEquals("1, 2", DayList.format(List.of(1, 2)), "two days in a row are not a range");
        assertEquals("1, 8", DayList.format(List.of(1, 8)));
        assertEquals("1, 8, 15", DayList.format(List.of(1, 8, 15)));
        assertEquals("1–5", DayList.format(List.of(1, 2, 3, 4, 5)));
        assertEquals("1, 2, 8–10", DayList.format(List.of(1, 2, 8, 9, 10)));
        assertEquals("8", DayList.format(List.of(8)));
        assertEquals("", DayList.format(List.of()));
    }

    @Test
    void largeDayNumbersAreComparedByValue() {
        // Integers above 127 are not cached, so comparing boxed values with == would break the range here.
        assertEquals("200–202", DayList.format(List.of(200, 201, 202)));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        for (List<Integer> days : List.of(List.of(1, 2, 3, 8), List.of(1, 2), List.of(1, 8, 15), List.of(7, 8, 9))) {
            assertEquals(days, parse(DayList.format(days)), () -> "round trip of " + days);
        }
    }
}
