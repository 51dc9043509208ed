package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;
import static org.leiojournal.domain.trend.TrendFixtures.delayed;
import static org.leiojournal.domain.trend.TrendFixtures.stopped;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;

/**
 * Bands of real templates. Gemcitabine + docetaxel (Hensley): 21-day cycles, gemcitabine days 1 and 8, docetaxel
 * day 8, low counts expected on days 14–16. Dates were counted by hand from Monday 4 January 2027.
 */
class CycleBandsTest {

    private static final DateSpan WINTER = new DateSpan(d("2027-01-01"), d("2027-03-31"));

    private static Course hensley() {
        return course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
    }

    private static DateSpan span(String first, String last) {
        return new DateSpan(d(first), d(last));
    }

    private static BandPosition on(CycleBands bands, String date) {
        return bands.on(d(date)).orElseThrow(() -> new AssertionError("no band on " + date));
    }

    @Test
    void gemcitabineDocetaxelBandsCarryTheirDrugDaysAndTheLowCountDays() {
        CycleBand first = CycleBands.of(List.of(hensley()), WINTER).bands().get(0);
        assertEquals(1, first.cycle());
        assertEquals(1L, first.courseId());
        assertEquals("Gemcitabine + docetaxel", first.phase());
        assertEquals(span("2027-01-04", "2027-01-24"), first.span());
        assertEquals(List.of(new DrugDay(d("2027-01-04"), 1, List.of("Gemcitabine")),
                new DrugDay(d("2027-01-11"), 8, List.of("Gemcitabine", "Docetaxel"))), first.drugDays());
        assertEquals(Optional.of(span("2027-01-17", "2027-01-19")), first.lowCounts(), "days 14 to 16");
        assertEquals(List.of("Gemcitabine", "Docetaxel"), first.drugs());
        assertEquals(List.of(d("2027-01-04"), d("2027-01-25"), d("2027-02-15"), d("2027-03-08"), d("2027-03-29")),
                CycleBands.of(List.of(hensley()), WINTER).bands().stream().map(b -> b.span().first()).toList(),
                "cycle 5 starts on 29 March, inside the range");
    }

    @Test
    void aDelayedCycleStartsLateAndTheCycleBeforeItLastsLonger() {
        Course course = delayed(hensley(), new Delay(2, 1, d("2027-02-01"), "low counts"));
        CycleBands bands = CycleBands.of(List.of(course), WINTER);
        List<CycleBand> all = bands.bands();
        assertEquals(span("2027-01-04", "2027-01-31"), all.get(0).span());
        CycleBand second = all.get(1);
        assertEquals(span("2027-02-01", "2027-02-21"), second.span());
        assertEquals(List.of(d("2027-02-01"), d("2027-02-08")), second.drugDays().stream().map(DrugDay::date).toList());
        assertEquals(Optional.of(span("2027-02-14", "2027-02-16")), second.lowCounts());
        assertEquals(d("2027-02-22"), all.get(2).span().first());
        BandPosition waiting = on(bands, "2027-01-28");
        assertEquals(1, waiting.cycle());
        assertEquals(25, waiting.cycleDay(), "the week of waiting is still cycle 1");
        assertEquals(1, on(bands, "2027-02-01").cycleDay());
        assertEquals(2, on(bands, "2027-02-01").cycle());
    }

    @Test
    void delayingDocetaxelMovesItsDrugDayAndTheLowCountDays() {
        Course course = delayed(hensley(), new Delay(1, 8, d("2027-01-14"), ""));
        CycleBand first = CycleBands.of(List.of(course), WINTER).bands().get(0);
        assertEquals(new DrugDay(d("2027-01-14"), 11, List.of("Gemcitabine", "Docetaxel")), first.drugDays().get(1),
                "drawn on the day it was given");
        assertEquals(Optional.of(span("2027-01-20", "2027-01-22")), first.lowCounts());
        assertEquals(span("2027-01-04", "2027-01-27"), first.span());
    }

    @Test
    void theMaintenancePhaseOfLms04HasOnlyTrabectedin() {
        // Six 21-day cycles from 4 January end on 9 May; maintenance cycle 7 starts on Monday 10 May.
        Course course = course("doxorubicin-trabectedin-lms04", d("2027-01-04"), 7);
        List<CycleBand> bands = CycleBands.of(List.of(course), span("2027-05-01", "2027-05-30")).bands();
        assertEquals(List.of(6, 7), bands.stream().map(CycleBand::cycle).toList());
        CycleBand induction = bands.get(0);
        assertEquals(span("2027-04-19", "2027-05-09"), induction.span());
        assertEquals("Doxorubicin + trabectedin", induction.phase());
        assertEquals(List.of("Doxorubicin", "Trabectedin"), induction.drugs());
        // Review finding M6: trabectedin's window is days 8 to 21, so it covers doxorubicin's days 10 to 14.
        assertEquals(Optional.of(span("2027-04-26", "2027-05-09")), induction.lowCounts(),
                "trabectedin days 8 to 21, around doxorubicin's days 10–14");
        CycleBand maintenance = bands.get(1);
        assertEquals("Trabectedin maintenance", maintenance.phase());
        assertEquals("Doxorubicin + trabectedin, then trabectedin (LMS-04)", maintenance.regimen());
        assertEquals(span("2027-05-10", "2027-05-30"), maintenance.span());
        assertEquals(List.of("Trabectedin"), maintenance.drugs());
        assertEquals(List.of(new DrugDay(d("2027-05-10"), 1, List.of("Trabectedin"))), maintenance.drugDays());
        // Review finding M6: days 8 to 21 of the maintenance cycle, not day 16 alone.
        assertEquals(Optional.of(span("2027-05-17", "2027-05-30")), maintenance.lowCounts(), "days 8 to 21");
    }

    @Test
    void aStoppedCourseEndsOnItsStopDate() {
        CycleBands bands = CycleBands.of(List.of(stopped(hensley(), d("2027-02-08"))), WINTER);
        assertEquals(2, bands.bands().size(), "no cycle after the stop");
        CycleBand last = bands.bands().get(1);
        assertEquals(span("2027-01-25", "2027-02-08"), last.span());
        assertEquals(Optional.of(span("2027-02-07", "2027-02-08")), last.lowCounts(), "cut at the stop");
        assertEquals(List.of(d("2027-01-25"), d("2027-02-01")), last.drugDays().stream().map(DrugDay::date).toList());
        assertEquals(15, on(bands, "2027-02-08").cycleDay());
        assertEquals(Optional.empty(), bands.on(d("2027-02-09")));
    }

    @Test
    void pazopanibIsOneBandFromItsStartToTheRangeEndOrItsStop() {
        Course pazopanib = course("pazopanib", d("2027-03-01"), 3);
        CycleBands open = CycleBands.of(List.of(pazopanib), span("2027-01-01", "2027-06-30"));
        CycleBand band = open.bands().get(0);
        assertEquals(1, open.bands().size());
        assertTrue(band.continuous());
        assertEquals(span("2027-03-01", "2027-06-30"), band.span());
        assertEquals(List.of(), band.drugDays());
        assertEquals(Optional.empty(), band.lowCounts());
        assertEquals(List.of("Pazopanib"), band.drugs());
        BandPosition tenth = on(open, "2027-03-10");
        assertEquals(0, tenth.cycle());
        assertEquals(10, tenth.cycleDay());
        CycleBand stoppedBand = CycleBands.of(List.of(stopped(pazopanib, d("2027-04-15"))),
                span("2027-01-01", "2027-12-31")).bands().get(0);
        assertEquals(span("2027-03-01", "2027-04-15"), stoppedBand.span());
        assertTrue(CycleBands.of(List.of(pazopanib), span("2026-01-01", "2027-02-28")).isEmpty(), "not started yet in that range");
        assertTrue(CycleBands.of(List.of(stopped(pazopanib, d("2027-04-15"))), span("2027-05-01", "2027-05-31"))
                .isEmpty(), "already stopped");
    }

    @Test
    void whereCoursesOverlapTheOneThatStartedLaterLabelsTheDay() {
        Course pazopanib = course("pazopanib", d("2027-02-15"), 9);
        CycleBands bands = CycleBands.of(List.of(pazopanib, hensley()), WINTER);
        BandPosition before = on(bands, "2027-02-10");
        assertEquals(1L, before.courseId());
        assertEquals(2, before.cycle());
        assertEquals(17, before.cycleDay());
        BandPosition after = on(bands, "2027-02-20");
        assertEquals(9L, after.courseId());
        assertEquals("Pazopanib", after.regimen());
        assertEquals(6, after.cycleDay());
        assertEquals(List.of(1, 2, 3, 0, 4, 5), bands.bands().stream().map(CycleBand::cycle).toList(),
                "ordered by first day; cycle 3 and pazopanib both start on 15 February, course 1 first");
        assertEquals(List.of(1, 2, 3, 4, 5), bands.ofCourse(1).stream().map(CycleBand::cycle).toList());
    }

    @Test
    void anEmptyJournalHasNoBands() {
        CycleBands bands = CycleBands.of(List.of(), WINTER);
        assertTrue(bands.isEmpty());
        assertEquals(Optional.empty(), bands.on(d("2027-01-10")));
    }
}
