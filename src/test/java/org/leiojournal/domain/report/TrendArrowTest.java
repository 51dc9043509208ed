package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leiojournal.domain.report.ReportFixtures.d;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.report.TrendArrow.Direction;
import org.leiojournal.domain.trend.DateSpan;

/** The arrow's rule at its edges: exactly one point, just under it, too few days, and short ranges. */
class TrendArrowTest {

    private static final DateSpan FORTNIGHT = new DateSpan(d("2026-11-09"), d("2026-11-22"));

    /** Scores from the span's first day on, one a day; null leaves a day unanswered. */
    private static NavigableMap<LocalDate, Double> days(LocalDate first, Integer... scores) {
        NavigableMap<LocalDate, Double> map = new TreeMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                map.put(first.plusDays(i), scores[i].doubleValue());
            }
        }
        return map;
    }

    @Test
    void oneWholePointHigherIsUpAndOneLowerIsDown() {
        assertEquals(new TrendArrow(Direction.UP, 1.0),
                TrendArrow.of(days(FORTNIGHT.first(), 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4), FORTNIGHT));
        assertEquals(new TrendArrow(Direction.DOWN, -1.0),
                TrendArrow.of(days(FORTNIGHT.first(), 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3), FORTNIGHT));
    }

    @Test
    void justUnderOnePointIsSteady() {
        // recent mean 27/7 = 3.857…: 0.857 above the earlier 3
        TrendArrow arrow = TrendArrow.of(days(FORTNIGHT.first(), 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 3),
                FORTNIGHT);
        assertEquals(Direction.STEADY, arrow.direction());
        assertEquals(6.0 / 7, arrow.difference(), 1e-9);
        // means 3.333… (10/3) and 4.333… (13/3): a difference of exactly one in thirds still counts as one
        assertEquals(Direction.UP, TrendArrow.of(days(FORTNIGHT.first(), 3, 3, 4, null, null, null, null,
                4, 4, 5, null, null, null, null), FORTNIGHT).direction());
    }

    @Test
    void unansweredDaysAreLeftOutNotCountedAsZero() {
        TrendArrow arrow = TrendArrow.of(days(FORTNIGHT.first(), 5, 5, 5, 5, 5, 5, 5,
                5, null, 5, null, 5, null, null), FORTNIGHT);
        assertEquals(new TrendArrow(Direction.STEADY, 0.0), arrow);
    }

    @Test
    void eachWeekNeedsThreeAnsweredDays() {
        assertEquals(TrendArrow.UNKNOWN, TrendArrow.of(days(FORTNIGHT.first(), 1, 1, 1, 1, 1, 1, 1,
                9, 9, null, null, null, null, null), FORTNIGHT));
        assertEquals(Direction.UP, TrendArrow.of(days(FORTNIGHT.first(), 1, 1, 1, 1, 1, 1, 1,
                9, 9, 9, null, null, null, null), FORTNIGHT).direction());
        assertEquals(TrendArrow.UNKNOWN, TrendArrow.of(new TreeMap<>(), FORTNIGHT), "an empty range");
    }

    @Test
    void daysBeforeTheRangeDoNotCount() {
        DateSpan tenDays = new DateSpan(d("2026-11-13"), d("2026-11-22"));
        NavigableMap<LocalDate, Double> daily = days(d("2026-11-06"), 9, 9, 9, 9, 9, 9, 9, 2, 2, 2, 5, 5, 5, 5, 5,
                5, 5);
        // the earlier week keeps only 13–15 November (2, 2, 2); the 9s of the week before lie outside
        assertEquals(new TrendArrow(Direction.UP, 3.0), TrendArrow.of(daily, tenDays));
        DateSpan oneDay = new DateSpan(d("2026-11-22"), d("2026-11-22"));
        assertEquals(TrendArrow.UNKNOWN, TrendArrow.of(daily, oneDay));
    }

    @Test
    void theWeeksAreCalendarDaysAcrossTheLeapDayAndTheClockChange() {
        DateSpan leap = new DateSpan(d("2028-02-22"), d("2028-03-06"));
        // recent: 29 Feb – 6 Mar; earlier: 22–28 Feb
        NavigableMap<LocalDate, Double> daily = days(d("2028-02-22"), 2, 2, 2, 2, 2, 2, 2, 6, null, null, null,
                null, null, null);
        daily.put(d("2028-03-05"), 6.0);
        daily.put(d("2028-03-06"), 6.0);
        assertEquals(d("2028-02-29"), daily.higherKey(d("2028-02-28")));
        assertEquals(new TrendArrow(Direction.UP, 4.0), TrendArrow.of(daily, leap));
        // Europe/London goes back an hour on 25 October 2026: that day is still one day in a week of seven
        DateSpan autumn = new DateSpan(d("2026-10-18"), d("2026-10-31"));
        assertEquals(new TrendArrow(Direction.DOWN, -2.0), TrendArrow.of(days(d("2026-10-18"),
                5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3), autumn));
    }
}
