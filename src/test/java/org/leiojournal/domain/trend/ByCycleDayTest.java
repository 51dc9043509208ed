package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.PAIN_MEASURE;
import static org.leiojournal.domain.trend.TrendFixtures.blank;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;
import static org.leiojournal.domain.trend.TrendFixtures.delayed;
import static org.leiojournal.domain.trend.TrendFixtures.pain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;

/** Gemcitabine + docetaxel (Hensley, 21-day cycles) laid over its cycles; dates counted by hand. */
class ByCycleDayTest {

    private static final double EXACT = 1e-9;

    /** Morning (09:00, score 2) and evening (21:00, score 5) check-ins every day from first to last. */
    private static List<CheckIn> twiceDaily(String first, String last) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (LocalDate day = d(first); !day.isAfter(d(last)); day = day.plusDays(1)) {
            checkIns.add(pain(day + "T09:00", 2));
            checkIns.add(pain(day + "T21:00", 5));
        }
        return checkIns;
    }

    private static TrendSeries series(List<CheckIn> checkIns) {
        return TrendSeriesBuilder.build(PAIN_MEASURE, checkIns, TrendUnits.METRIC);
    }

    private static List<Double> xs(CycleLine line) {
        return line.segments().stream().flatMap(List::stream).map(CycleDayPoint::cycleDay).toList();
    }

    private static CycleLine lineOf(List<CycleLine> lines, int cycle) {
        return lines.stream().filter(l -> l.band().cycle() == cycle).findFirst().orElseThrow();
    }

    @Test
    void nineInTheMorningOnCycleThreeDayNineIsNinePointThreeSevenFive() {
        // Cycle 2 delayed a week to 1 February, so cycle 3 starts on 22 February and day 9 is 2 March.
        Course course = delayed(course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1),
                new Delay(2, 1, d("2027-02-01"), "low counts"));
        DateSpan range = new DateSpan(d("2027-01-04"), d("2027-03-14"));
        List<CycleLine> lines = ByCycleDay.lines(series(List.of(pain("2027-03-02T09:00", 4))),
                CycleBands.of(List.of(course), range).bands());
        assertEquals(List.of(1, 2, 3), lines.stream().map(l -> l.band().cycle()).toList());
        CycleDayPoint point = lineOf(lines, 3).segments().get(0).get(0);
        assertEquals(9.375, point.cycleDay(), EXACT);
        assertEquals(4.0, point.value());
        assertTrue(lineOf(lines, 1).segments().isEmpty(), "nothing recorded in cycle 1");
    }

    @Test
    void morningAndEveningStandApartAndEveryCycleStartsAtDayOne() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        List<CycleLine> lines = ByCycleDay.lines(series(twiceDaily("2027-01-04", "2027-02-14")),
                CycleBands.of(List.of(course), new DateSpan(d("2027-01-04"), d("2027-02-14"))).bands());
        assertEquals(2, lines.size());
        for (CycleLine line : lines) {
            List<Double> xs = xs(line);
            assertEquals(42, xs.size(), "21 days, two a day");
            assertEquals(1.375, xs.get(0), EXACT);
            assertEquals(1.875, xs.get(1), EXACT);
            assertEquals(21.875, xs.get(41), EXACT);
        }
    }

    @Test
    void aBreakInTheSeriesIsABreakInTheCycleLine() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        List<CheckIn> checkIns = new ArrayList<>(twiceDaily("2027-01-04", "2027-01-24"));
        checkIns.add(blank("2027-01-10T15:00"));
        CycleLine line = ByCycleDay.lines(series(checkIns),
                CycleBands.of(List.of(course), new DateSpan(d("2027-01-04"), d("2027-01-24"))).bands()).get(0);
        assertEquals(2, line.segments().size());
        List<CycleDayPoint> before = line.segments().get(0);
        assertEquals(7.375, before.get(before.size() - 1).cycleDay(), EXACT);
        assertEquals(7.875, line.segments().get(1).get(0).cycleDay(), EXACT);
    }

    @Test
    void theClocksGoingForwardInLondonDoNotShiftTheReadings() {
        // 29 March 2026: clocks go forward at 01:00 GMT. Cycle 1 starts on Monday 23 March, so the 29th is day 7.
        Course course = course("gemcitabine-docetaxel-hensley", d("2026-03-23"), 1);
        List<CheckIn> checkIns = new ArrayList<>(twiceDaily("2026-03-23", "2026-04-12"));
        checkIns.add(pain("2026-03-29T00:30", 3));
        checkIns.add(pain("2026-03-29T03:00", 3));
        DateSpan range = new DateSpan(d("2026-03-23"), d("2026-04-12"));
        CycleLine line = ByCycleDay.lines(series(checkIns), CycleBands.of(List.of(course), range).bands()).get(0);
        assertEquals(1, line.segments().size(), "one unbroken line across the change");
        List<Double> xs = xs(line);
        assertEquals(44, xs.size());
        assertEquals(List.of(6.375, 6.875, 7.0 + 0.5 / 24, 7.125, 7.375, 7.875, 8.375), xs.subList(10, 17));
    }

    @Test
    void aLeapDayIsADayOfTheCycle() {
        // Started on Tuesday 22 February 2028: 29 February is day 8, 1 March day 9; low counts on 6–8 March.
        Course course = course("gemcitabine-docetaxel-hensley", d("2028-02-22"), 1);
        DateSpan range = new DateSpan(d("2028-02-01"), d("2028-03-31"));
        CycleBands bands = CycleBands.of(List.of(course), range);
        CycleBand first = bands.bands().get(0);
        assertEquals(new DateSpan(d("2028-03-06"), d("2028-03-08")), first.lowCounts().orElseThrow());
        assertEquals(new DrugDay(d("2028-02-29"), 8, List.of("Gemcitabine", "Docetaxel")), first.drugDays().get(1));
        assertEquals(new DateSpan(d("2028-02-22"), d("2028-03-13")), first.span());
        List<CycleLine> lines = ByCycleDay.lines(series(List.of(pain("2028-02-29T21:00", 6),
                pain("2028-03-01T09:00", 4))), bands.bands());
        assertEquals(List.of(8.875, 9.375), xs(lines.get(0)));
        assertEquals(8, bands.on(d("2028-02-29")).orElseThrow().cycleDay());
    }

    @Test
    void onlyTheLastCyclesOfOneCourseWhenAsked() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        Course pazopanib = course("pazopanib", d("2027-02-01"), 2);
        List<CycleBand> bands = CycleBands.of(List.of(course, pazopanib),
                new DateSpan(d("2027-01-01"), d("2027-12-31"))).bands();
        TrendSeries series = series(twiceDaily("2027-01-04", "2027-05-30"));
        assertEquals(List.of(5, 6), ByCycleDay.lastCycles(series, bands, 1, 2).stream()
                .map(l -> l.band().cycle()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), ByCycleDay.lastCycles(series, bands, 1, 10).stream()
                .map(l -> l.band().cycle()).toList());
        assertEquals(List.of(), ByCycleDay.lastCycles(series, bands, 2, 3), "continuous treatment has no cycles");
        assertEquals(6, ByCycleDay.lines(series, bands).size(), "the pazopanib band gives no line");
    }
}
