package org.leiojournal.domain.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.followup.TimeSinceTreatment.State;

/** Years and months since the end of treatment, counted the way the visit dates are. */
class TimeSinceTreatmentTest {

    private static TimeSinceTreatment since(String end, String today) {
        return TimeSinceTreatment.since(LocalDate.parse(end), LocalDate.parse(today));
    }

    @Test
    void yearsAndMonths() {
        assertEquals(new TimeSinceTreatment(State.ENDED, 1, 4), since("2025-07-22", "2026-11-22"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 1, 3), since("2025-07-22", "2026-11-21"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 0, 0), since("2026-11-01", "2026-11-22"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 10, 0), since("2016-11-22", "2026-11-22"));
    }

    @Test
    void aYearAfterALeapDayIsCompleteOnThe28thOfFebruaryLikeTheTwelveMonthVisit() {
        assertEquals(new TimeSinceTreatment(State.ENDED, 0, 11), since("2024-02-29", "2025-02-27"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 1, 0), since("2024-02-29", "2025-02-28"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 4, 0), since("2024-02-29", "2028-02-29"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 3, 11), since("2024-02-29", "2028-02-28"));
    }

    @Test
    void aMonthFromTheLastDayOfAMonthEndsOnTheNextMonthsLastDay() {
        assertEquals(new TimeSinceTreatment(State.ENDED, 0, 1), since("2024-01-31", "2024-02-29"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 0, 0), since("2024-01-31", "2024-02-28"));
        assertEquals(new TimeSinceTreatment(State.ENDED, 0, 3), since("2025-11-30", "2026-02-28"));
    }

    @Test
    void treatmentEndingTodayOrLaterIsNotTimeElapsed() {
        assertEquals(new TimeSinceTreatment(State.ENDED_TODAY, 0, 0), since("2026-11-22", "2026-11-22"));
        assertEquals(new TimeSinceTreatment(State.NOT_YET_ENDED, 0, 0), since("2026-12-01", "2026-11-22"));
    }
}
