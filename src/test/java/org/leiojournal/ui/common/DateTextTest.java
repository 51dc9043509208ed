package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** D7: every date field reads the app's own format, ISO and the locale's numeric order, and nothing else. */
class DateTextTest {

    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);
    private final DateText uk = new DateText(Locale.UK);

    @ParameterizedTest
    @ValueSource(strings = {"24 Nov 2026", "Tue 24 Nov 2026", "tue, 24 nov 2026", "Tuesday 24 November 2026",
            " 24  Nov 2026 ", "2026-11-24", "24/11/2026", "24.11.2026"})
    void theWaysAUkUserWritesTheDateAreRead(String typed) {
        assertEquals(Optional.of(NOV_24), uk.read(typed));
    }

    @Test
    void septemberWithOrWithoutTheT() {
        assertEquals(Optional.of(LocalDate.of(2026, 9, 24)), uk.read("24 Sep 2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 9, 24)), uk.read("24 Sept 2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next tuesday", "24 Nov", "31/02/2026", "2026-11-31", "24/11/26", "11/24/2026", ""})
    void whatIsNotADayIsNotRead(String typed) {
        assertEquals(Optional.empty(), uk.read(typed));
    }

    @Test
    void anAmericanNumericDateIsReadMonthFirstAndNeverTheOtherWayRound() {
        DateText us = new DateText(Locale.US);
        assertEquals(Optional.of(NOV_24), us.read("11/24/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 12)), us.read("4/12/2026"));
        assertEquals(Optional.empty(), us.read("24/11/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), uk.read("4/12/2026"), "12 Apr in the US, 4 Dec here");
    }

    @Test
    void theExampleCannotBeMisread() {
        assertEquals("24 Nov 2026", uk.example());
        assertEquals("24/11/2026", uk.numericExample());
        assertEquals("11/24/2026", new DateText(Locale.US).numericExample());
        assertEquals("2026-11-24", uk.isoExample());
    }
}
