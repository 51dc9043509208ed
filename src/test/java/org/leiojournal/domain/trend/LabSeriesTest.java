package org.leiojournal.domain.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;

/** Blood tests as Trends series: one unit per chart, in draw order, with the team's level in that unit. */
class LabSeriesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LabTest NEUTROPHILS = LabCatalog.bundled().byId("neutrophils").orElseThrow();
    static final LabTest PLATELETS = LabCatalog.bundled().byId("platelets").orElseThrow();
    static final LabTest CREATININE = LabCatalog.bundled().byId("creatinine").orElseThrow();
    static final LabMeasure NEUTROPHILS_MEASURE = new LabMeasure(NEUTROPHILS);

    static BloodTest draw(long id, String at, LabResult... results) {
        return new BloodTest(id, LocalDateTime.parse(at), "", Arrays.asList(results));
    }

    static LabResult neutrophils(String value, String unit) {
        return LabResult.number("neutrophils", value, unit);
    }

    private static List<Double> values(TrendSeries series) {
        return series.segments().stream().flatMap(List::stream).map(TrendPoint::value).toList();
    }

    @Test
    void everyValueIsDrawnInTheCataloguesUnitWhateverTheLabPrinted() {
        List<BloodTest> tests = List.of(
                draw(1, "2026-10-03T09:10", neutrophils("4.2", "10*9/L")),
                draw(2, "2026-10-14T09:10", neutrophils("900", "/uL")),
                draw(3, "2026-10-24T09:10", neutrophils("1.6", "10*3/uL")),
                draw(4, "2026-11-04T09:10", neutrophils("1100", "/mm3")));

        TrendSeries series = LabSeries.build(NEUTROPHILS_MEASURE, tests, LONDON);

        assertEquals(List.of(4.2, 0.9, 1.6, 1.1), values(series), "×10⁹/L: /µL and /mm³ are a thousandth, ×10³/µL one");
        assertEquals(1, series.segments().size(), "counts three weeks apart are one line");
        assertEquals(ZonedDateTime.of(2026, 10, 14, 9, 10, 0, 0, LONDON), series.segments().get(0).get(1).at());
    }

    @Test
    void plateletsTypedPerMicrolitreAndCreatinineInMgPerDlConvertAtTheirFactors() {
        TrendSeries platelets = LabSeries.build(new LabMeasure(PLATELETS),
                List.of(draw(1, "2026-10-03T09:10", LabResult.number("platelets", "150000", "/uL"))), LONDON);
        TrendSeries creatinine = LabSeries.build(new LabMeasure(CREATININE),
                List.of(draw(1, "2026-10-03T09:10", LabResult.number("creatinine", "1.2", "mg/dL"))), LONDON);

        assertEquals(List.of(150.0), values(platelets));
        assertEquals(106.08, values(creatinine).get(0), 1e-9, "1.2 mg/dL × 88.4 = 106.08 µmol/L");
    }

    @Test
    void drawsAreInTimeOrderWhateverOrderTheyCameInAndOtherTestsAreLeftOut() {
        List<BloodTest> tests = List.of(
                draw(2, "2026-10-24T09:10", neutrophils("1.6", "10*9/L")),
                draw(3, "2026-10-14T15:00", LabResult.number("platelets", "95", "10*9/L")),
                draw(1, "2026-10-14T09:10", neutrophils("0.9", "10*9/L")));

        assertEquals(List.of(0.9, 1.6), values(LabSeries.build(NEUTROPHILS_MEASURE, tests, LONDON)));
    }

    @Test
    void drawsMoreThanSixWeeksApartAreNotJoined() {
        List<BloodTest> joined = List.of(draw(1, "2026-01-01T09:00", neutrophils("2", "10*9/L")),
                draw(2, "2026-02-12T09:00", neutrophils("3", "10*9/L")));
        List<BloodTest> apart = List.of(draw(1, "2026-01-01T09:00", neutrophils("2", "10*9/L")),
                draw(2, "2026-02-13T09:00", neutrophils("3", "10*9/L")));

        assertEquals(1, LabSeries.build(NEUTROPHILS_MEASURE, joined, LONDON).segments().size(), "42 days");
        assertEquals(2, LabSeries.build(NEUTROPHILS_MEASURE, apart, LONDON).segments().size(), "43 days");
    }

    @Test
    void aValueInAUnitTheTestIsNotPrintedInIsNotDrawn() {
        List<BloodTest> tests = List.of(draw(1, "2026-10-03T09:10", neutrophils("4.2", "g/L")),
                draw(2, "2026-10-04T09:10", neutrophils("4.0", "10*9/L")));

        assertEquals(List.of(4.0), values(LabSeries.build(NEUTROPHILS_MEASURE, tests, LONDON)));
    }

    @Test
    void theTeamsLevelIsDrawnInTheChartsUnit() {
        List<TeamLevel> levels = List.of(
                new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1500"), "/uL"),
                new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]"));

        LabLevel level = LabSeries.level(NEUTROPHILS, levels).orElseThrow();

        assertEquals(0, new BigDecimal("1.5").compareTo(level.value()), level.value().toPlainString());
        assertEquals(LevelDirection.AT_LEAST, level.direction());
        assertEquals("×10⁹/L", level.unit().label());
        assertEquals(Optional.empty(), LabSeries.level(PLATELETS, levels), "no level given for platelets");
    }

    @Test
    void aLevelInAUnitTheTestIsNotPrintedInIsNeverGuessed() {
        List<TeamLevel> levels = List.of(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, BigDecimal.ONE, ""));

        assertEquals(Optional.empty(), LabSeries.level(NEUTROPHILS, levels));
    }

    @Test
    void theChooserOffersOnlyTestsWithValuesCountsFirst() {
        List<BloodTest> tests = List.of(draw(1, "2026-10-03T09:10", LabResult.number("alt", "30", "U/L"),
                        LabResult.number("platelets", "250", "10*9/L"), neutrophils("4.2", "10*9/L"),
                        LabResult.number("urine-protein-dipstick", "trace", "")),
                draw(2, "2026-10-04T09:10", LabResult.number("haemoglobin", "120", "g/L")));

        List<String> offered = LabSeries.measuresWithValues(LabCatalog.bundled().all(), tests).stream()
                .map(m -> m.test().id()).toList();

        assertEquals(List.of("neutrophils", "platelets", "haemoglobin", "alt"), offered,
                "a dipstick's words cannot be drawn; untested tests are not offered");
    }

    @Test
    void aBloodValuesAxisNeverGoesBelowNought() {
        TrendSeries low = LabSeries.build(NEUTROPHILS_MEASURE, List.of(draw(1, "2026-10-03T09:10",
                neutrophils("0.2", "10*9/L")), draw(2, "2026-10-04T09:10", neutrophils("8", "10*9/L"))), LONDON);

        YScale scale = YScale.of(ChartKind.LAB, List.of(low), OptionalDouble.of(1.5));

        assertEquals(0, scale.lower());
        assertTrue(scale.upper() >= 8);
        assertEquals(ChartKind.LAB, ChartKind.of(NEUTROPHILS_MEASURE));
    }
}
