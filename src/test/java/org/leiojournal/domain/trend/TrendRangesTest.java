package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;
import static org.leiojournal.domain.trend.TrendFixtures.pain;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;

/** Today is Sunday 22 November 2026, as in the UI tests. */
class TrendRangesTest {

    private static final LocalDate TODAY = d("2026-11-22");

    private static DateSpan span(String first, String last) {
        return new DateSpan(d(first), d(last));
    }

    private static TrendRanges since(String first) {
        return new TrendRanges(d(first), TODAY);
    }

    @Test
    void presetsEndToday() {
        TrendRanges ranges = since("2020-01-01");
        assertEquals(span("2026-10-24", "2026-11-22"), ranges.span(TrendRange.DAYS_30));
        assertEquals(span("2026-08-25", "2026-11-22"), ranges.span(TrendRange.DAYS_90));
        assertEquals(span("2025-11-23", "2026-11-22"), ranges.span(TrendRange.DAYS_365));
        assertEquals(span("2020-01-01", "2026-11-22"), ranges.span(TrendRange.ALL));
    }

    @Test
    void allStartsAtTheFirstCheckInOrCourseDay() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2026-09-07"), 1);
        Course broughtForward = TrendFixtures.delayed(course, new Delay(1, 1, d("2026-09-03"), "earlier slot"));
        List<CheckIn> checkIns = List.of(pain("2026-09-10T09:00", 2),
                pain("2026-09-05T09:00", 1));
        assertEquals(span("2026-09-05", "2026-11-22"),
                TrendRanges.of(checkIns, List.of(course), TODAY).span(TrendRange.ALL), "a check-in came first");
        assertEquals(span("2026-09-03", "2026-11-22"),
                TrendRanges.of(checkIns, List.of(broughtForward), TODAY).span(TrendRange.ALL),
                "cycle 1 was brought forward before it");
        Course planned = course("gemcitabine-docetaxel-hensley", d("2026-12-07"), 2);
        assertEquals(span("2026-11-22", "2026-11-22"), TrendRanges.of(List.of(), List.of(planned), TODAY).whole(),
                "a course planned ahead does not reach into the future");
    }

    @Test
    void anEmptyJournalIsJustToday() {
        TrendRanges ranges = TrendRanges.of(List.of(), List.of(), TODAY);
        assertEquals(span("2026-11-22", "2026-11-22"), ranges.span(TrendRange.ALL));
        assertEquals(span("2026-10-24", "2026-11-22"), ranges.span(TrendRange.DAYS_30), "the presets still work");
        assertEquals(span("2026-10-24", "2026-11-22"), ranges.zoomOut(ranges.span(TrendRange.DAYS_30)));
        assertEquals(span("2026-11-23", "2026-11-23"), ranges.later(ranges.whole()), "a day on: the week ahead");
        assertEquals(ranges.whole(), ranges.earlier(ranges.whole()), "nothing before today");
        assertEquals(ranges.whole(), ranges.zoomIn(ranges.whole()));
    }

    @Test
    void panningMovesByHalfTheSpanAndStopsAWeekAfterToday() {
        TrendRanges ranges = since("2020-01-01");
        DateSpan month = ranges.span(TrendRange.DAYS_30);
        DateSpan earlier = ranges.earlier(month);
        assertEquals(span("2026-10-09", "2026-11-07"), earlier, "15 days back");
        assertEquals(month, ranges.later(earlier));
        assertEquals(span("2026-10-31", "2026-11-29"), ranges.later(month), "a week past today and no further");
        assertEquals(span("2026-10-31", "2026-11-29"), ranges.later(ranges.later(month)));
    }

    @Test
    void panningStopsAtTheJournalsFirstDay() {
        TrendRanges ranges = since("2026-10-01");
        DateSpan month = ranges.span(TrendRange.DAYS_30);
        assertEquals(span("2026-10-09", "2026-11-07"), ranges.earlier(month));
        assertEquals(span("2026-10-01", "2026-10-30"), ranges.earlier(ranges.earlier(month)));
        assertEquals(span("2026-10-01", "2026-10-30"), ranges.earlier(span("2026-10-01", "2026-10-30")));
    }

    @Test
    void zoomingHalvesAndDoublesAroundTheCentre() {
        TrendRanges ranges = since("2020-01-01");
        DateSpan month = span("2026-06-01", "2026-06-30");
        DateSpan half = ranges.zoomIn(month);
        assertEquals(span("2026-06-08", "2026-06-22"), half, "15 days around 15–16 June");
        assertEquals(span("2026-05-31", "2026-06-29"), ranges.zoomOut(half), "back to 30 days around 15 June");
        assertEquals(span("2026-06-12", "2026-06-18"), ranges.zoomIn(half), "a week around 15 June");
        assertEquals(span("2026-06-12", "2026-06-18"), ranges.zoomIn(ranges.zoomIn(half)), "never under a week");
        assertEquals(span("2026-05-17", "2026-07-15"), ranges.zoomOut(month));
    }

    @Test
    void zoomingOutStopsAtTheWholeJournal() {
        TrendRanges ranges = since("2026-08-01");
        assertEquals(span("2026-08-01", "2026-11-22"), ranges.zoomOut(span("2026-08-20", "2026-11-09")),
                "capped at the whole journal's 114 days");
        assertEquals(span("2026-10-01", "2026-11-29"), ranges.zoomOut(span("2026-10-30", "2026-11-28")),
                "pulled back to end a week after today");
        assertEquals(span("2026-08-01", "2026-09-13"), ranges.zoomOut(span("2026-08-01", "2026-08-22")),
                "pushed on to start on the first day");
        DateSpan year = ranges.span(TrendRange.DAYS_365);
        assertEquals(year, ranges.zoomOut(year), "already more than the whole journal");
    }

    @Test
    void aLeapDayCountsInThePresets() {
        TrendRanges ranges = new TrendRanges(d("2027-01-01"), d("2028-03-10"));
        assertEquals(span("2028-02-10", "2028-03-10"), ranges.span(TrendRange.DAYS_30));
        assertEquals(span("2027-03-12", "2028-03-10"), ranges.span(TrendRange.DAYS_365));
    }
}
