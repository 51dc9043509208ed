package org.leiojournal.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.report.ReportLabs;
import org.leiojournal.domain.report.ReportSection;
import org.leiojournal.domain.report.VisitSummary;
import org.leiojournal.domain.trend.TrendPoint;

/**
 * Issue 22: the clinic report's blood tests, since the last visit (1–22 November in {@link ReportJournal}): each
 * value as entered in the lab's unit, with the lab's range when kept; outside it marked in words and an arrow; the
 * neutrophils and platelets charted on the cycles in ×10⁹/L whatever unit the lab printed.
 */
class BloodTestSectionTest {

    private static LabResult ranged(String test, String value, String unit, String low, String high) {
        return new LabResult(test, value, unit, Optional.of(new BigDecimal(low)), Optional.of(new BigDecimal(high)));
    }

    /** Before the range (28 Oct), the morning before cycle 4 (16 Nov), and ten days into cycle 3 (10 Nov). */
    static final List<BloodTest> TESTS = List.of(
            new BloodTest(1, LocalDateTime.of(2026, 10, 28, 8, 30), "", List.of(
                    LabResult.number("neutrophils", "5.55", "10*9/L"))),
            new BloodTest(2, LocalDateTime.of(2026, 11, 16, 8, 30), "City lab", List.of(
                    ranged("alt", "56", "U/L", "0", "40"),
                    ranged("neutrophils", "1.9", "10*9/L", "2.0", "7.5"),
                    ranged("platelets", "150000", "/uL", "150000", "400000"),
                    ranged("haemoglobin", "118", "g/L", "115", "165"),
                    LabResult.number("urine-protein-dipstick", "1+", ""))),
            new BloodTest(3, LocalDateTime.of(2026, 11, 10, 9, 0), "", List.of(
                    LabResult.number("neutrophils", "0.9", "10*9/L"),
                    ranged("platelets", "95", "10*9/L", "150", "400"))));

    /** The tests, no team level, the bundled catalogue. */
    private static ReportLabs labs(List<BloodTest> tests) {
        return new ReportLabs(tests, List.of(), LabCatalog.bundled().all());
    }

    private static ReportInput input() {
        return ReportJournal.input("").withLabs(labs(TESTS));
    }

    private static BloodTestSection section(ReportInput input) throws IOException {
        VisitSummary summary = VisitSummary.of(input, input.defaultRange());
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
             ReportFonts fonts = ReportFonts.load(document)) {
            return new BloodTestSection(new SectionContext(input, summary, fonts, 515));
        }
    }

    private static SectionContext context(ReportInput input, ReportFonts fonts) {
        return new SectionContext(input, VisitSummary.of(input, input.defaultRange()), fonts, 515);
    }

    private static String report(ReportInput input, EnumSet<ReportSection> sections) throws IOException {
        ClinicReportTest.Written written = ClinicReportTest.write(input, new ReportOptions(input.defaultRange(),
                Paper.A4, sections, false, false));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= written.pages(); page++) {
            text.append(written.page(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void onlyTheTestsDrawnSinceTheLastVisitAreTakenEarliestFirst() throws IOException {
        assertEquals(List.of(3L, 2L), section(input()).tests().stream().map(BloodTest::id).toList());
    }

    @Test
    void valuesKeepTheLabsUnitsAndOutsideTheLabsRangeIsSaidInWords() throws IOException {
        BloodTestSection section = section(input());
        BloodTest before = TESTS.get(1);
        LabResult neutrophils = before.result("neutrophils").orElseThrow();
        LabResult platelets = before.result("platelets").orElseThrow();
        LabResult alt = before.result("alt").orElseThrow();
        assertEquals("1.9\u00A0×10⁹/L", section.value(neutrophils));
        assertEquals("150000\u00A0/µL", section.value(platelets), "as entered, not converted");
        assertEquals("2.0–7.5", BloodTestSection.range(neutrophils), "the lab's range as printed");
        assertEquals("↓\u00A0low", BloodTestSection.mark(neutrophils), "1.9 is below 2.0");
        assertEquals("", BloodTestSection.mark(platelets), "150000 is the range's own lower end: inside");
        assertEquals("↑\u00A0high", BloodTestSection.mark(alt), "56 is above 40");
        assertEquals("", BloodTestSection.mark(TESTS.get(2).result("neutrophils").orElseThrow()),
                "no range kept: nothing to be outside of, and the app judges nothing itself");
        assertEquals("–", BloodTestSection.range(TESTS.get(2).result("neutrophils").orElseThrow()));
        assertEquals("1+", section.value(before.result("urine-protein-dipstick").orElseThrow()));
        assertEquals("ALT (liver)", section.name(alt));
    }

    @Test
    void thePdfListsEachValueWithItsUnitRangeAndMarkInTheOrderOfAPrintout() throws IOException {
        String text = report(input(), EnumSet.of(ReportSection.BLOOD_TESTS));
        assertTrue(text.contains("Blood counts, Sun 1 Nov – Sun 22 Nov 2026"), text);
        assertTrue(text.contains("Blood tests, Sun 1 Nov – Sun 22 Nov 2026"), text);
        assertTrue(text.contains("1.9 ×10⁹/L 2.0–7.5 ↓ low"), text);
        assertTrue(text.contains("95 ×10⁹/L 150–400 ↓ low"), text);
        assertTrue(text.contains("56 U/L 0–40 ↑ high"), text);
        assertTrue(text.contains("150000 /µL 150000–400000 –"), text);
        assertTrue(text.contains("118 g/L 115–165 –"), text);
        assertFalse(text.contains("5.55"), "drawn before the range: " + text);
        String draw = text.substring(text.indexOf("Mon 16 Nov 08:30"));
        int neutrophils = draw.indexOf("Neutrophils");
        int haemoglobin = draw.indexOf("Haemoglobin");
        int platelets = draw.indexOf("Platelets");
        int alt = draw.indexOf("ALT (liver)");
        assertTrue(neutrophils < haemoglobin && haemoglobin < platelets && platelets < alt, draw);
        assertTrue(text.indexOf("Tue 10 Nov 09:00") < text.indexOf("Mon 16 Nov 08:30"), "earliest first");
    }

    @Test
    void theChartsDrawPlateletsInOneUnitWhateverTheLabPrinted() throws IOException {
        ReportInput input = input();
        BloodCountCharts charts = new BloodCountCharts(context(input, null));
        List<BloodTest> tests = section(input).tests();
        List<Double> platelets = charts.points(LabCatalog.bundled().byId("platelets").orElseThrow(), tests).stream()
                .map(TrendPoint::value).toList();
        assertEquals(List.of(95.0, 150.0), platelets, "150000 /µL is 150 ×10⁹/L");
        List<Double> neutrophils = charts.points(LabCatalog.bundled().byId("neutrophils").orElseThrow(), tests)
                .stream().map(TrendPoint::value).toList();
        assertEquals(List.of(0.9, 1.9), neutrophils);
    }

    @Test
    void eachChartIsReadOutInASentence() throws IOException {
        ReportInput input = input();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
             ReportFonts fonts = ReportFonts.load(document)) {
            Block block = new BloodCountCharts(context(input, fonts))
                    .block(section(input).tests()).orElseThrow();
            List<String> alts = block.rows().stream().filter(r -> r instanceof ChartRow)
                    .map(r -> ((ChartRow) r).alt()).toList();
            assertEquals(List.of(
                    "Neutrophils ×10⁹/L, Sun 1 Nov – Sun 22 Nov 2026: Neutrophils from 0.9 to 1.9. Treatment "
                            + "cycles 3 to 4 shaded.",
                    "Platelets ×10⁹/L, Sun 1 Nov – Sun 22 Nov 2026: Platelets from 95 to 150. Treatment cycles 3 to 4 "
                            + "shaded."), alts);
        }
    }

    /** The team's levels are drawn as the dashed line, in the chart's unit whatever unit they were written in. */
    @Test
    void theTeamsLevelIsTheDashedLineInTheChartsUnit() throws IOException {
        ReportInput input = ReportJournal.input("").withLabs(new ReportLabs(TESTS, List.of(
                new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"), "10*9/L"),
                new TeamLevel("platelets", LevelDirection.AT_LEAST, new BigDecimal("100000"), "/uL"),
                new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]")),
                LabCatalog.bundled().all()));
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
             ReportFonts fonts = ReportFonts.load(document)) {
            List<String> alts = new BloodCountCharts(context(input, fonts))
                    .block(section(input).tests()).orElseThrow().rows().stream().filter(r -> r instanceof ChartRow)
                    .map(r -> ((ChartRow) r).alt()).toList();
            assertTrue(alts.get(0).endsWith(" Dashed line: the team’s level, at least 1.5 ×10⁹/L."), alts.get(0));
            assertTrue(alts.get(1).endsWith(" Dashed line: the team’s level, at least 100 ×10⁹/L."), alts.get(1));
        }
        String text = report(input, EnumSet.of(ReportSection.BLOOD_TESTS));
        assertTrue(text.contains("the team’s level, at least 100 ×10⁹/L"), "in the legend: " + text);
    }

    @Test
    void withoutNeutrophilsOrPlateletsThereIsNoChartButTheTableStays() throws IOException {
        ReportInput input = ReportJournal.input("").withLabs(labs(List.of(new BloodTest(1,
                LocalDateTime.of(2026, 11, 16, 8, 30), "", List.of(LabResult.number("creatinine", "88", "umol/L"))))));
        String text = report(input, EnumSet.of(ReportSection.BLOOD_TESTS));
        assertFalse(text.contains("Blood counts,"), text);
        assertTrue(text.contains("Creatinine 88 µmol/L – –"), text);
    }

    @Test
    void noTestInTheRangeOrTheSectionUntickedPrintsNothingOfIt() throws IOException {
        ReportInput none = ReportJournal.input("").withLabs(labs(List.of(TESTS.get(0))));
        assertFalse(report(none, EnumSet.allOf(ReportSection.class)).contains("Blood "),
                "only a test before the range");
        String unticked = report(input(), EnumSet.complementOf(EnumSet.of(ReportSection.BLOOD_TESTS)));
        assertFalse(unticked.contains("Blood tests,") || unticked.contains("Blood counts,"), unticked);
    }
}
