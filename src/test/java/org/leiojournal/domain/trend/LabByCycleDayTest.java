package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.LabSeriesTest.LONDON;
import static org.leiojournal.domain.trend.LabSeriesTest.NEUTROPHILS_MEASURE;
import static org.leiojournal.domain.trend.LabSeriesTest.draw;
import static org.leiojournal.domain.trend.LabSeriesTest.neutrophils;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.treatment.Course;

/**
 * Neutrophils over two cycles of gemcitabine + docetaxel (Hensley, 21 days) from Monday 4 January 2027, laid over
 * each other by day of cycle: the low point the draws found beside the expected low-count window. Dates by hand.
 */
class LabByCycleDayTest {

    private static final double EXACT = 1e-9;
    /** 09:00 is 9/24 of a day. */
    private static final double NINE = 0.375;

    private static final List<BloodTest> COUNTS = List.of(
            draw(1, "2027-01-03T09:00", neutrophils("4.2", "10*9/L")),  // the day before cycle 1: no cycle yet
            draw(2, "2027-01-14T09:00", neutrophils("0.9", "10*9/L")),  // cycle 1 day 11
            draw(3, "2027-01-24T09:00", neutrophils("2.0", "10*9/L")),  // cycle 1 day 21, before cycle 2
            draw(4, "2027-02-04T09:00", neutrophils("1100", "/uL")),    // cycle 2 day 11, typed per µL
            draw(5, "2027-02-14T09:00", neutrophils("2.1", "10*9/L"))); // cycle 2 day 21

    private static List<CycleLine> lines() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        List<CycleBand> bands = CycleBands.of(List.of(course), new DateSpan(d("2027-01-04"), d("2027-02-14"))).bands();
        return ByCycleDay.lines(LabSeries.build(NEUTROPHILS_MEASURE, COUNTS, LONDON), bands);
    }

    private static List<Double> xs(CycleLine line) {
        return line.segments().stream().flatMap(List::stream).map(CycleDayPoint::cycleDay).toList();
    }

    private static List<Double> values(CycleLine line) {
        return line.segments().stream().flatMap(List::stream).map(CycleDayPoint::value).toList();
    }

    @Test
    void eachCyclesCountsLieOnItsOwnDaysInOneUnit() {
        List<CycleLine> lines = lines();

        assertEquals(List.of(1, 2), lines.stream().map(l -> l.band().cycle()).toList());
        assertEquals(List.of(11 + NINE, 21 + NINE), xs(lines.get(0)));
        assertEquals(List.of(0.9, 2.0), values(lines.get(0)));
        assertEquals(List.of(11 + NINE, 21 + NINE), xs(lines.get(1)));
        assertEquals(List.of(1.1, 2.1), values(lines.get(1)), "1100 /µL is 1.1 ×10⁹/L");
    }

    @Test
    void theLowPointFoundIsSetBesideTheExpectedWindow() {
        List<CycleLine> lines = lines();
        CycleDayPoint low = ByCycleDay.lowest(lines.get(0)).orElseThrow();

        assertEquals(11 + NINE, low.cycleDay(), EXACT);
        assertEquals(0.9, low.value(), EXACT);
        DateSpan expected = lines.get(0).band().lowCounts().orElseThrow();
        assertEquals(List.of(14, 16), List.of(lines.get(0).band().cycleDay(expected.first()),
                lines.get(0).band().cycleDay(expected.last())), "the educational window, days 14 to 16");
        assertEquals(1.1, ByCycleDay.lowest(lines.get(1)).orElseThrow().value(), EXACT);
    }

    @Test
    void aCycleWithoutDrawsHasNoLowPoint() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        List<CycleBand> bands = CycleBands.of(List.of(course), new DateSpan(d("2027-01-04"), d("2027-03-07"))).bands();
        List<CycleLine> lines = ByCycleDay.lines(LabSeries.build(NEUTROPHILS_MEASURE, COUNTS, LONDON), bands);

        assertEquals(3, lines.size());
        assertTrue(lines.get(2).segments().isEmpty());
        assertEquals(Optional.empty(), ByCycleDay.lowest(lines.get(2)));
    }

    @Test
    void equalLowsGiveTheEarlierDay() {
        Course course = course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1);
        List<CycleBand> bands = CycleBands.of(List.of(course), new DateSpan(d("2027-01-04"), d("2027-01-24"))).bands();
        List<BloodTest> same = List.of(draw(1, "2027-01-12T09:00", neutrophils("1.0", "10*9/L")),
                draw(2, "2027-01-15T09:00", neutrophils("1000", "/uL")));

        CycleLine line = ByCycleDay.lines(LabSeries.build(NEUTROPHILS_MEASURE, same, LONDON), bands).get(0);

        assertEquals(9 + NINE, ByCycleDay.lowest(line).orElseThrow().cycleDay(), EXACT);
    }
}
