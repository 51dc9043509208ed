package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leiojournal.domain.report.ReportFixtures.at;
import static org.leiojournal.domain.report.ReportFixtures.d;
import static org.leiojournal.domain.report.ReportFixtures.temperature;
import static org.leiojournal.domain.report.ReportFixtures.weight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendUnits;

/** Temperatures at or above the threshold, and the weight change. */
class VitalsSummaryTest {

    private static final DateSpan RANGE = new DateSpan(d("2026-11-01"), d("2026-11-22"));
    private static final BigDecimal THRESHOLD = new BigDecimal("37.5");

    @Test
    void readingsAtOrAboveTheThresholdAreListedWithTheirMomentsWhateverTheUnit() {
        TemperatureSummary summary = TemperatureSummary.of(List.of(
                temperature("2026-10-31T20:00", Temperature.celsius("39.0")), // before the range
                temperature("2026-11-03T08:00", Temperature.celsius("37.4")),
                temperature("2026-11-04T20:00", Temperature.fahrenheit("99.5")), // exactly 37.5 °C
                temperature("2026-11-02T22:15", Temperature.celsius("38.2")),
                temperature("2026-11-22T07:00", Temperature.celsius("37.5"))), RANGE, THRESHOLD);
        assertEquals(List.of(
                new TemperatureSummary.Reading(at("2026-11-02T22:15"), Temperature.celsius("38.2")),
                new TemperatureSummary.Reading(at("2026-11-04T20:00"), Temperature.fahrenheit("99.5")),
                new TemperatureSummary.Reading(at("2026-11-22T07:00"), Temperature.celsius("37.5"))),
                summary.atOrAbove());
        assertEquals(4, summary.readings());
        assertEquals(Optional.of(new TemperatureSummary.Reading(at("2026-11-02T22:15"), Temperature.celsius("38.2"))),
                summary.highest());
    }

    @Test
    void noReadingsMeansNoHighest() {
        TemperatureSummary summary = TemperatureSummary.of(List.of(), RANGE, THRESHOLD);
        assertEquals(0, summary.readings());
        assertEquals(Optional.empty(), summary.highest());
    }

    @Test
    void weightChangeRunsFromTheFirstToTheLastReadingInTheUsersUnit() {
        WeightChange change = WeightChange.of(List.of(
                weight("2026-10-30T08:00", new Weight(new BigDecimal("80.0"), WeightUnit.KILOGRAM)),
                weight("2026-11-02T08:00", new Weight(new BigDecimal("72.0"), WeightUnit.KILOGRAM)),
                weight("2026-11-10T08:00", new Weight(new BigDecimal("150.0"), WeightUnit.POUND)),
                weight("2026-11-20T08:00", new Weight(new BigDecimal("68.4"), WeightUnit.KILOGRAM))),
                RANGE, TrendUnits.METRIC).orElseThrow();
        assertEquals(72.0, change.first().value());
        assertEquals(68.4, change.last().value());
        assertEquals(3, change.readings());
        assertEquals(-3.6, change.change(), 1e-9);
        assertEquals(-5.0, change.percent(), 1e-9);
        assertEquals(WeightUnit.KILOGRAM, change.unit());
        WeightChange inPounds = WeightChange.of(List.of(
                weight("2026-11-02T08:00", new Weight(new BigDecimal("72.0"), WeightUnit.KILOGRAM)),
                weight("2026-11-20T08:00", new Weight(new BigDecimal("150.0"), WeightUnit.POUND))),
                RANGE, new TrendUnits(TemperatureUnit.CELSIUS, WeightUnit.POUND)).orElseThrow();
        assertEquals(158.7, inPounds.first().value(), 1e-9, "72 kg in pounds, to one decimal as the app shows it");
        assertEquals(WeightUnit.POUND, inPounds.unit());
        assertEquals(Optional.empty(), WeightChange.of(List.of(), RANGE, TrendUnits.METRIC));
    }
}
