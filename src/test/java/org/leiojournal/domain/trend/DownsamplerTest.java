package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.LONDON;
import static org.leiojournal.domain.trend.TrendFixtures.TEMPERATURE;
import static org.leiojournal.domain.trend.TrendFixtures.d;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownsamplerTest {

    private static final LocalDate FIRST = d("2027-01-01");
    private static final int DAYS = 3_660;

    /** Daily temperatures at 08:00 for ten years, gently wavering, with one fever and one low reading. */
    private static List<TrendPoint> tenYears() {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            double value = 36.6 + 0.2 * Math.sin(i / 5.0);
            if (i == 1_234) {
                value = 39.4;
            }
            if (i == 2_777) {
                value = 35.1;
            }
            points.add(new TrendPoint(at(FIRST.plusDays(i)), value));
        }
        return points;
    }

    private static ZonedDateTime at(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(8, 0), LONDON);
    }

    private static DateSpan whole() {
        return new DateSpan(FIRST, FIRST.plusDays(DAYS - 1));
    }

    private static List<Double> values(TrendSeries series) {
        return series.segments().stream().flatMap(List::stream).map(TrendPoint::value).toList();
    }

    @Test
    void tenYearsOfDailyReadingsKeepTheirOnlyFeverAndTheirLowestReading() {
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(tenYears()));
        assertTrue(series.pointCount() > 3_650);
        TrendSeries thin = Downsampler.downsample(series, whole(), LONDON, 400);
        assertTrue(thin.pointCount() <= 2 * 400 + 2, "about two points per bucket: " + thin.pointCount());
        assertTrue(thin.pointCount() >= 400, "every bucket is still drawn: " + thin.pointCount());
        assertTrue(values(thin).contains(39.4), "the one fever survives");
        assertTrue(values(thin).contains(35.1), "the lowest reading survives");
        List<TrendPoint> kept = thin.segments().get(0);
        assertEquals(series.segments().get(0).get(0), kept.get(0), "the first point stays");
        assertEquals(series.segments().get(0).get(DAYS - 1), kept.get(kept.size() - 1), "the last point stays");
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i).at().isAfter(kept.get(i - 1).at()), "still in time order at " + i);
        }
    }

    @Test
    void segmentBreaksAreKept() {
        List<TrendPoint> all = tenYears();
        List<TrendPoint> before = all.subList(0, 2_000);
        List<TrendPoint> after = all.subList(2_010, DAYS);
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(before, after));
        TrendSeries thin = Downsampler.downsample(series, whole(), LONDON, 300);
        assertEquals(2, thin.segments().size());
        assertEquals(before.get(before.size() - 1), thin.segments().get(0).get(thin.segments().get(0).size() - 1),
                "the line ends where the break begins");
        assertEquals(after.get(0), thin.segments().get(1).get(0), "and starts again after it");
        assertTrue(thin.pointCount() <= 2 * 300 + 4);
    }

    @Test
    void aShortSeriesIsReturnedUnchanged() {
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(tenYears().subList(0, 90)));
        assertSame(series, Downsampler.downsample(series, new DateSpan(FIRST, FIRST.plusDays(89)), LONDON, 45));
        assertSame(series, Downsampler.downsample(series, new DateSpan(FIRST, FIRST.plusDays(29)), LONDON, 800));
    }

    @Test
    void pointsOutsideTheRangeAreDroppedButOneEachSideLetsTheLineReachTheEdges() {
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(tenYears()));
        DateSpan month = new DateSpan(d("2030-06-01"), d("2030-06-30"));
        TrendSeries thin = Downsampler.downsample(series, month, LONDON, 600);
        List<TrendPoint> kept = thin.segments().get(0);
        assertEquals(32, kept.size(), "30 days inside, all kept at 600 buckets, plus one each side");
        assertEquals(at(d("2030-05-31")), kept.get(0).at());
        assertEquals(at(d("2030-07-01")), kept.get(31).at());
    }

    @Test
    void aPointAtEitherEndOfTheRangeIsInsideItAndOneMillisecondOutsideIsTheNeighbour() {
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(tenYears()));
        Instant from = at(FIRST.plusDays(10)).toInstant();
        Instant to = at(FIRST.plusDays(20)).toInstant();
        List<TrendPoint> exact = Downsampler.downsample(series, from, to, 600).segments().get(0);
        assertEquals(at(FIRST.plusDays(9)), exact.get(0).at(), "day 10 inside, day 9 its neighbour");
        assertEquals(at(FIRST.plusDays(21)), exact.get(exact.size() - 1).at(), "day 20 inside, day 21 its neighbour");
        assertEquals(13, exact.size());
        List<TrendPoint> inner = Downsampler.downsample(series, from.plusMillis(1), to.minusMillis(1), 600)
                .segments().get(0);
        assertEquals(at(FIRST.plusDays(10)), inner.get(0).at(), "day 10 is now the neighbour before");
        assertEquals(at(FIRST.plusDays(20)), inner.get(inner.size() - 1).at(), "day 20 the neighbour after");
        assertEquals(11, inner.size());
    }

    @Test
    void aSegmentThatOnlyCrossesTheRangeKeepsItsTwoEndsAndOthersOutsideAreDropped() {
        List<TrendPoint> all = tenYears();
        TrendPoint beforeWeek = all.get(99);
        TrendPoint afterWeek = all.get(120);
        List<TrendPoint> crossing = List.of(beforeWeek, afterWeek);
        TrendSeries series = new TrendSeries(TEMPERATURE, List.of(all.subList(0, 99), crossing,
                all.subList(121, DAYS)));
        DateSpan week = new DateSpan(FIRST.plusDays(105), FIRST.plusDays(111));
        TrendSeries thin = Downsampler.downsample(series, week, LONDON, 100);
        assertEquals(List.of(crossing), thin.segments(),
                "the line across the week; the segments wholly before and after it draw nothing there");
    }

    @Test
    void anEmptySeriesStaysEmptyAndNonsenseIsRefused() {
        TrendSeries empty = new TrendSeries(TEMPERATURE, List.of());
        assertTrue(Downsampler.downsample(empty, whole(), LONDON, 10).isEmpty());
        Instant now = Instant.parse("2027-01-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> Downsampler.downsample(empty, now, now, 10));
        assertThrows(IllegalArgumentException.class, () -> Downsampler.downsample(empty, whole(), LONDON, 0));
    }
}
