package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.LONDON;
import static org.leiojournal.domain.trend.TrendFixtures.TEMPERATURE;
import static org.leiojournal.domain.trend.TrendFixtures.checkIn;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;
import static org.leiojournal.domain.trend.TrendFixtures.delayed;
import static org.leiojournal.domain.trend.TrendFixtures.stopped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;

/**
 * Ten years of daily check-ins (ten ESAS-r items, a count item, temperature and weight) and 71 cycles in three
 * courses plus a year of pazopanib, charted over the whole journal. Correctness only: cost is for the benchmark.
 */
class TenYearJournalTest {

    private static final LocalDate FIRST = d("2027-01-01");
    private static final LocalDate TODAY = d("2036-12-31");
    private static final LocalDate FEVER_DAY = d("2030-07-14");
    private static final int BUCKETS = 1_000;

    private static List<SymptomItem> items;
    private static List<Measure> measures;
    private static List<CheckIn> checkIns;
    private static List<Course> courses;

    @BeforeAll
    static void journal() {
        items = new ArrayList<>();
        for (EsasItem esas : EsasItem.values()) {
            items.add(new SymptomItem(esas.ordinal() + 1, esas.code(), "", ItemKind.SCORE, false, esas.ordinal()));
        }
        items.add(new SymptomItem(11, null, "Vomiting", ItemKind.COUNT, false, 10));
        measures = Stream.concat(items.stream().map(i -> (Measure) new ItemMeasure(i)),
                Stream.of(TEMPERATURE, TrendFixtures.WEIGHT)).toList();
        checkIns = new ArrayList<>();
        int n = 0;
        for (LocalDate day = FIRST; !day.isAfter(TODAY); day = day.plusDays(1), n++) {
            if (n % 365 >= 100 && n % 365 <= 102) {
                continue;   // three days away from the journal every year
            }
            Map<Long, Integer> answers = new HashMap<>();
            for (SymptomItem item : items) {
                if ((n + item.id()) % 17 != 0) {
                    answers.put(item.id(), (int) ((n + item.id()) % 8));
                }
            }
            String celsius = day.equals(FEVER_DAY) ? "39.6" : n % 9 == 0 ? "35.2" : "36.8";
            checkIns.add(checkIn(ZonedDateTime.of(day, LocalTime.of(8, 30), LONDON), answers,
                    Temperature.celsius(celsius), new Weight(new BigDecimal("64.5"), WeightUnit.KILOGRAM)));
        }
        courses = List.of(
                delayed(course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 1, List.of("8")),
                        new Delay(2, 1, d("2027-02-01"), "low counts")),
                course("doxorubicin-trabectedin-lms04", d("2027-09-06"), 2),
                course("trabectedin", d("2029-01-01"), 3, List.of("40")),
                stopped(course("pazopanib", d("2032-01-05"), 4), d("2033-06-30")));
    }

    private static TrendRanges ranges() {
        return TrendRanges.of(checkIns, courses, TODAY);
    }

    @Test
    void theWholeJournalSpansTenYears() {
        assertEquals(new DateSpan(FIRST, TODAY), ranges().span(TrendRange.ALL));
        assertEquals(3_653 - 10 * 3, checkIns.size(), "daily for ten years but for ten three-day absences");
    }

    @Test
    void everyCycleIsABandAndEveryCheckInInTreatmentNamesItsCycle() {
        CycleBands bands = CycleBands.of(courses, ranges().whole());
        // Review finding M5: LMS-04 is 6 + up to 17 maintenance cycles, 23 in all (it was 17 in all).
        assertEquals(8 + 23 + 40 + 1, bands.bands().size());
        TrendTable table = TrendTable.of(checkIns, measures, bands, ranges().whole(), TrendUnits.METRIC);
        assertEquals(checkIns.size(), table.rows().size());
        for (TrendRow row : table.rows()) {
            LocalDate day = row.at().toLocalDate();
            row.cycle().ifPresent(p -> assertTrue(p.band().span().contains(day) && p.cycleDay() >= 1,
                    "cycle day of " + day));
        }
        TrendRow feverRow = table.rows().stream().filter(r -> r.at().toLocalDate().equals(FEVER_DAY)).findFirst()
                .orElseThrow();
        assertEquals(39.6, table.value(feverRow, TEMPERATURE).orElseThrow());
        assertEquals(3, feverRow.cycle().orElseThrow().courseId(), "during the trabectedin course");
    }

    @Test
    void everyMeasureChartsTheWholeRangeInAboutTwoPointsPerPixelKeepingTheFever() {
        List<TrendSeries> all = TrendSeriesBuilder.buildAll(measures, checkIns, TrendUnits.METRIC);
        assertEquals(13, all.size());
        for (TrendSeries series : all) {
            TrendSeries thin = Downsampler.downsample(series, ranges().whole(), LONDON, BUCKETS);
            assertTrue(thin.pointCount() <= 2 * BUCKETS + 2 * thin.segments().size(),
                    series.measure().key() + ": " + thin.pointCount());
            assertEquals(series.segments().size(), thin.segments().size(), "no break lost or joined");
        }
        TrendSeries temperature = all.get(11);
        assertEquals(11, temperature.segments().size(), "broken by the ten three-day absences");
        List<Double> kept = Downsampler.downsample(temperature, ranges().whole(), LONDON, BUCKETS).segments()
                .stream().flatMap(List::stream).map(TrendPoint::value).toList();
        assertEquals(1, kept.stream().filter(v -> v == 39.6).count(), "the one fever is still there");
        assertTrue(kept.contains(35.2));
    }

    @Test
    void everyTemperatureInACycleLandsOnThatCyclesLine() {
        TrendSeries temperature = TrendSeriesBuilder.build(TEMPERATURE, checkIns, TrendUnits.METRIC);
        CycleBands bands = CycleBands.of(courses, ranges().whole());
        List<CycleLine> lines = ByCycleDay.lines(temperature, bands.bands());
        assertEquals(71, lines.size(), "8 + 23 (LMS-04, review finding M5) + 40 cycles");
        long inCycles = temperature.segments().stream().flatMap(List::stream)
                .filter(p -> bands.on(p.at().toLocalDate()).filter(b -> !b.continuous()).isPresent()).count();
        long onLines = lines.stream().flatMap(l -> l.segments().stream()).mapToLong(List::size).sum();
        assertEquals(inCycles, onLines);
        for (CycleLine line : lines) {
            line.segments().stream().flatMap(List::stream).forEach(p -> assertEquals(
                    line.band().cycleDay(p.at().toLocalDate()) + 8.5 / 24, p.cycleDay(), 1e-9));
        }
        assertEquals(List.of(38, 39, 40), ByCycleDay.lastCycles(temperature, bands.bands(), 3, 3).stream()
                .map(l -> l.band().cycle()).toList());
    }
}
