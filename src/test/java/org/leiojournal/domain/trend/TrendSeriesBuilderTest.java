package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.PAIN;
import static org.leiojournal.domain.trend.TrendFixtures.PAIN_MEASURE;
import static org.leiojournal.domain.trend.TrendFixtures.TEMPERATURE;
import static org.leiojournal.domain.trend.TrendFixtures.WEIGHT;
import static org.leiojournal.domain.trend.TrendFixtures.blank;
import static org.leiojournal.domain.trend.TrendFixtures.checkIn;
import static org.leiojournal.domain.trend.TrendFixtures.pain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;

class TrendSeriesBuilderTest {

    private static List<List<Double>> values(TrendSeries series) {
        return series.segments().stream().map(s -> s.stream().map(TrendPoint::value).toList()).toList();
    }

    private static TrendSeries painSeries(List<CheckIn> checkIns) {
        return TrendSeriesBuilder.build(PAIN_MEASURE, checkIns, TrendUnits.METRIC);
    }

    @Test
    void anUnansweredItemBreaksTheLineAndIsNeverZero() {
        TrendSeries series = painSeries(List.of(pain("2027-01-04T09:00", 3), pain("2027-01-05T09:00", 4),
                blank("2027-01-06T09:00"), pain("2027-01-07T09:00", 0), pain("2027-01-08T09:00", 2)));
        assertEquals(List.of(List.of(3.0, 4.0), List.of(0.0, 2.0)), values(series),
                "the unanswered day is a break; a real 0 is a point");
        assertEquals(4, series.pointCount());
    }

    @Test
    void aCheckInAnsweringOtherThingsStillBreaksThisItem() {
        CheckIn onlyTemperature = checkIn("2027-01-05T20:00", Map.of(), Temperature.celsius("37.2"), null);
        TrendSeries series = painSeries(List.of(pain("2027-01-05T09:00", 3), onlyTemperature, pain("2027-01-06T09:00", 5)));
        assertEquals(List.of(List.of(3.0), List.of(5.0)), values(series));
    }

    @Test
    void threeDaysBetweenCheckInsBreakTheLineTwoDoNot() {
        TrendSeries twoDays = painSeries(List.of(pain("2027-01-04T21:00", 3), pain("2027-01-06T07:00", 4)));
        assertEquals(List.of(List.of(3.0, 4.0)), values(twoDays), "one day missed still joins");
        TrendSeries threeDays = painSeries(List.of(pain("2027-01-04T07:00", 3), pain("2027-01-07T21:00", 4)));
        assertEquals(List.of(List.of(3.0), List.of(4.0)), values(threeDays), "two days missed breaks");
        assertEquals(2, TrendSeriesBuilder.MAX_GAP_DAYS);
    }

    @Test
    void everyCheckInOfADayIsKeptAtItsOwnTimeInTimeOrder() {
        CheckIn evening = pain("2027-01-04T21:30", 6);
        CheckIn morning = pain("2027-01-04T08:15", 2);
        CheckIn noon = pain("2027-01-04T12:00", 4);
        TrendSeries series = painSeries(List.of(evening, morning, noon));
        assertEquals(List.of(List.of(2.0, 4.0, 6.0)), values(series));
        assertEquals(List.of(morning.recordedAt(), noon.recordedAt(), evening.recordedAt()),
                series.segments().get(0).stream().map(TrendPoint::at).toList());
    }

    @Test
    void temperaturesAreChartedInTheUsersUnit() {
        List<CheckIn> checkIns = List.of(
                checkIn("2027-01-04T09:00", Map.of(), Temperature.celsius("38.0"), null),
                checkIn("2027-01-05T09:00", Map.of(), Temperature.fahrenheit("99.5"), null),
                checkIn("2027-01-06T09:00", Map.of(), Temperature.celsius("36.85"), null));
        TrendUnits fahrenheit = new TrendUnits(TemperatureUnit.FAHRENHEIT, WeightUnit.KILOGRAM);
        assertEquals(List.of(List.of(100.4, 99.5, 98.3)),
                values(TrendSeriesBuilder.build(TEMPERATURE, checkIns, fahrenheit)));
        assertEquals(List.of(List.of(38.0, 37.5, 36.85)),
                values(TrendSeriesBuilder.build(TEMPERATURE, checkIns, TrendUnits.METRIC)),
                "a reading typed in the user's unit is kept exactly");
    }

    @Test
    void weightsAreChartedInTheUsersUnit() {
        List<CheckIn> checkIns = List.of(
                checkIn("2027-01-04T09:00", Map.of(), null, new Weight(new BigDecimal("64"), WeightUnit.KILOGRAM)),
                checkIn("2027-01-05T09:00", Map.of(), null, new Weight(new BigDecimal("140"), WeightUnit.POUND)));
        TrendUnits pounds = new TrendUnits(TemperatureUnit.CELSIUS, WeightUnit.POUND);
        assertEquals(List.of(List.of(141.1, 140.0)), values(TrendSeriesBuilder.build(WEIGHT, checkIns, pounds)));
        assertEquals(List.of(List.of(64.0, 63.5)), values(TrendSeriesBuilder.build(WEIGHT, checkIns,
                TrendUnits.METRIC)));
    }

    @Test
    void aCheckInWithoutAReadingBreaksTheVitalLine() {
        List<CheckIn> checkIns = List.of(
                checkIn("2027-01-04T09:00", Map.of(PAIN.id(), 2), Temperature.celsius("37.0"), null),
                checkIn("2027-01-04T13:00", Map.of(PAIN.id(), 2), null, null),
                checkIn("2027-01-04T18:00", Map.of(PAIN.id(), 2), Temperature.celsius("37.9"), null));
        assertEquals(List.of(List.of(37.0), List.of(37.9)),
                values(TrendSeriesBuilder.build(TEMPERATURE, checkIns, TrendUnits.METRIC)));
        assertEquals(List.of(List.of(2.0, 2.0, 2.0)), values(painSeries(checkIns)));
    }

    @Test
    void anEmptyJournalGivesAnEmptySeries() {
        assertTrue(painSeries(List.of()).isEmpty());
        assertTrue(painSeries(List.of(blank("2027-01-04T09:00"))).isEmpty());
        List<TrendSeries> all = TrendSeriesBuilder.buildAll(List.of(PAIN_MEASURE, TEMPERATURE), List.of(),
                TrendUnits.METRIC);
        assertEquals(2, all.size());
        assertTrue(all.stream().allMatch(TrendSeries::isEmpty));
    }
}
