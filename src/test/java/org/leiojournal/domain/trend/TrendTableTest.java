package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.trend.TrendFixtures.PAIN;
import static org.leiojournal.domain.trend.TrendFixtures.PAIN_MEASURE;
import static org.leiojournal.domain.trend.TrendFixtures.TEMPERATURE;
import static org.leiojournal.domain.trend.TrendFixtures.VOMITING;
import static org.leiojournal.domain.trend.TrendFixtures.WEIGHT;
import static org.leiojournal.domain.trend.TrendFixtures.checkIn;
import static org.leiojournal.domain.trend.TrendFixtures.course;
import static org.leiojournal.domain.trend.TrendFixtures.d;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;

class TrendTableTest {

    private static final DateSpan JANUARY = new DateSpan(d("2027-01-01"), d("2027-01-31"));
    private static final List<Measure> COLUMNS = List.of(PAIN_MEASURE, new ItemMeasure(VOMITING), TEMPERATURE);

    private static CycleBands hensley() {
        return CycleBands.of(List.of(course("gemcitabine-docetaxel-hensley", d("2027-01-04"), 5)), JANUARY);
    }

    @Test
    void oneRowPerCheckInWithItsCycleAndAnEmptyCellForEachUnansweredMeasure() {
        CheckIn evening = checkIn("2027-01-12T20:00", Map.of(PAIN.id(), 0), Temperature.celsius("38.2"), null);
        CheckIn morning = checkIn("2027-01-12T08:00", Map.of(PAIN.id(), 3, VOMITING.id(), 2), null, null);
        CheckIn beforeTreatment = checkIn("2027-01-02T10:00", Map.of(), Temperature.celsius("36.9"), null);
        TrendTable table = TrendTable.of(List.of(evening, morning, beforeTreatment), COLUMNS, hensley(), JANUARY,
                TrendUnits.METRIC);
        assertEquals(List.of(beforeTreatment.uid(), morning.uid(), evening.uid()),
                table.rows().stream().map(TrendRow::checkInUid).toList(), "oldest first");
        TrendRow first = table.rows().get(0);
        assertEquals(Optional.empty(), first.cycle(), "before the course began");
        assertEquals(List.of(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(36.9)), first.values());
        TrendRow second = table.rows().get(1);
        assertEquals(morning.recordedAt(), second.at());
        assertEquals(1, second.cycle().orElseThrow().cycle());
        assertEquals(9, second.cycle().orElseThrow().cycleDay());
        assertEquals(5L, second.cycle().orElseThrow().courseId());
        assertEquals(List.of(OptionalDouble.of(3), OptionalDouble.of(2), OptionalDouble.empty()), second.values());
        TrendRow third = table.rows().get(2);
        assertEquals(OptionalDouble.of(0), table.value(third, PAIN_MEASURE), "a real 0 is shown");
        assertEquals(OptionalDouble.empty(), table.value(third, new ItemMeasure(VOMITING)), "unanswered stays empty");
        assertEquals(OptionalDouble.of(38.2), table.value(third, TEMPERATURE));
    }

    @Test
    void onlyCheckInsInTheRangeInTheUsersUnits() {
        List<CheckIn> checkIns = List.of(
                checkIn("2026-12-31T23:30", Map.of(), Temperature.celsius("37.0"), null),
                checkIn("2027-01-31T23:30", Map.of(), Temperature.celsius("37.0"), null),
                checkIn("2027-02-01T00:10", Map.of(), Temperature.celsius("37.0"), null));
        TrendUnits fahrenheit = new TrendUnits(TemperatureUnit.FAHRENHEIT, WeightUnit.KILOGRAM);
        TrendTable table = TrendTable.of(checkIns, List.of(TEMPERATURE), hensley(), JANUARY, fahrenheit);
        assertEquals(1, table.rows().size());
        assertEquals(List.of(OptionalDouble.of(98.6)), table.rows().get(0).values());
    }

    @Test
    void anEmptyJournalGivesAnEmptyTable() {
        TrendTable table = TrendTable.of(List.of(), COLUMNS, CycleBands.of(List.of(), JANUARY), JANUARY,
                TrendUnits.METRIC);
        assertTrue(table.rows().isEmpty());
        assertEquals(COLUMNS, table.measures());
    }

    @Test
    void askingForAMeasureThatIsNotAColumnIsAMistake() {
        TrendTable table = TrendTable.of(List.of(checkIn("2027-01-12T08:00", Map.of(PAIN.id(), 3), null, null)),
                List.of(PAIN_MEASURE), hensley(), JANUARY, TrendUnits.METRIC);
        assertThrows(IllegalArgumentException.class, () -> table.value(table.rows().get(0), WEIGHT));
    }
}
