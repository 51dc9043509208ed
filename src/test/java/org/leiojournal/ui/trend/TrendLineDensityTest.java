package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.Downsampler;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendSeries;

/**
 * How many points a long range's line has on the plot: painting that zigzag is most of a ten-year switch on the
 * software pipeline, so a line keeps a point per two pixels at most, and still every peak and dip.
 */
class TrendLineDensityTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST = LocalDate.of(2026, 11, 22);
    private static final DateSpan TEN_YEARS = new DateSpan(LAST.minusYears(10).plusDays(1), LAST);
    private static final LocalDate PEAK = LocalDate.of(2019, 6, 3);
    private static final LocalDate DIP = LocalDate.of(2023, 2, 14);

    @Test
    void tenYearsOnAnEightHundredPixelPlotKeepAPointPerTwoPixelsWithTheirPeakAndDip() {
        int plotWidth = 800;
        TrendSeries line = Downsampler.downsample(daily(), TEN_YEARS, LONDON, TrendsViewModel.buckets(plotWidth));
        assertTrue(line.pointCount() <= plotWidth / 2 + 2, line.pointCount() + " points");
        List<Double> values = line.segments().get(0).stream().map(TrendPoint::value).toList();
        assertEquals(1, values.stream().filter(v -> v == 10).count(), "the one peak");
        assertEquals(1, values.stream().filter(v -> v == 0).count(), "the one dip");
    }

    @Test
    void aNarrowPlotStillGetsFiftyBucketsAndAWideOneMore() {
        assertEquals(50, TrendsViewModel.buckets(120));
        assertTrue(TrendsViewModel.buckets(1600) >= 400, "a point per two pixels of a wide plot too");
    }

    /** Ten years of daily scores between 2 and 8, with one 10 and one 0. */
    private static TrendSeries daily() {
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate day = TEN_YEARS.first(); !day.isAfter(LAST); day = day.plusDays(1)) {
            double value = day.equals(PEAK) ? 10 : day.equals(DIP) ? 0 : 2 + (day.toEpochDay() * 3) % 7;
            points.add(new TrendPoint(ZonedDateTime.of(day, LocalTime.of(9, 0), LONDON), value));
        }
        return new TrendSeries(MeasuresViewModel.TEMPERATURE, List.of(points));
    }
}
