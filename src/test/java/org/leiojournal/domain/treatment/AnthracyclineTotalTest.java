package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.RegimenCatalog;

/**
 * The lifetime doxorubicin total: what was recorded as given, plus what came before. Totals are the products
 * in facts.md §2 and §4.1, worked out by hand in the comments.
 */
class AnthracyclineTotalTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final BodySurfaceArea BSA = BodySurfaceArea.entered(new BigDecimal("1.80"));

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow();
    }

    private static Course course(long id, Regimen plan, List<Integer> cycles, List<DoseRecord> doses) {
        return new Course(id, plan, START, cycles, BSA, "", new CourseHistory(List.of(), doses, Optional.empty()));
    }

    private static DoseRecord given(int cycle, int day, String drug) {
        return new DoseRecord(cycle, day, drug, DoseOutcome.GIVEN, Optional.empty(), "");
    }

    private static DoseRecord reduced(int cycle, int day, String drug, String amount) {
        return new DoseRecord(cycle, day, drug, DoseOutcome.REDUCED, Optional.of(new BigDecimal(amount)), "");
    }

    private static DoseRecord skipped(int cycle, int day, String drug) {
        return new DoseRecord(cycle, day, drug, DoseOutcome.SKIPPED, Optional.empty(), "");
    }

    private static List<DoseRecord> givenOnDayOne(String drug, int fromCycle, int toCycle) {
        List<DoseRecord> doses = new ArrayList<>();
        for (int c = fromCycle; c <= toCycle; c++) {
            doses.add(given(c, 1, drug));
        }
        return doses;
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void sixCyclesOfDoxorubicinAloneAddUpTo450() {
        // facts §2.1 (derived): 6 × 75 mg/m² = 450 mg/m²
        Course course = course(1, template("doxorubicin"), List.of(6), givenOnDayOne("Doxorubicin", 1, 6));
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("450", total.given());
        assertAmount("450", total.total());
        assertEquals(6, total.contributions().size());
        for (int i = 0; i < 6; i++) {
            AnthracyclineTotal.Contribution c = total.contributions().get(i);
            assertEquals(i + 1, c.cycle());
            assertEquals(START.plusDays(21L * i), c.date(), "day 1 of cycle " + (i + 1));
            assertEquals("Doxorubicin", c.drug());
            assertEquals(DoseOutcome.GIVEN, c.outcome());
            assertAmount("75", c.mgPerSquareMetre());
            assertEquals(1, c.courseId());
            assertEquals("Doxorubicin alone", c.regimen());
        }
    }

    @Test
    void lms04CountsSixDoxorubicinDosesButNoTrabectedin() {
        // facts §2.4 (derived): 6 × 60 mg/m² = 360 mg/m²; trabectedin, given with it and for 11 more cycles, is not
        // an anthracycline
        List<DoseRecord> doses = new ArrayList<>(givenOnDayOne("Doxorubicin", 1, 6));
        doses.addAll(givenOnDayOne("Trabectedin", 1, 17));
        Course course = course(1, template("doxorubicin-trabectedin-lms04"), List.of(6, 11), doses);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("360", total.given());
        assertEquals(6, total.contributions().size());
        assertTrue(total.contributions().stream().allMatch(c -> c.drug().equals("Doxorubicin")));
    }

    @Test
    void aReducedDoseCountsTheAmountGiven() {
        // cycles 1, 2, 4, 5, 6 at 75 and cycle 3 reduced to 60: 5 × 75 + 60 = 435
        List<DoseRecord> doses = new ArrayList<>(givenOnDayOne("Doxorubicin", 1, 2));
        doses.add(reduced(3, 1, "Doxorubicin", "60"));
        doses.addAll(givenOnDayOne("Doxorubicin", 4, 6));
        Course course = course(1, template("doxorubicin"), List.of(6), doses);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("435", total.given());
        AnthracyclineTotal.Contribution third = total.contributions().get(2);
        assertEquals(DoseOutcome.REDUCED, third.outcome());
        assertAmount("60", third.mgPerSquareMetre());
    }

    @Test
    void skippedAndUnrecordedDosesCountNothing() {
        // given in cycles 1, 2, 3, 5; skipped in 4; nothing recorded for 6: 4 × 75 = 300
        List<DoseRecord> doses = new ArrayList<>(givenOnDayOne("Doxorubicin", 1, 3));
        doses.add(skipped(4, 1, "Doxorubicin"));
        doses.add(given(5, 1, "Doxorubicin"));
        Course course = course(1, template("doxorubicin"), List.of(6), doses);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("300", total.given());
        assertEquals(List.of(1, 2, 3, 5), total.contributions().stream().map(c -> c.cycle()).toList());
    }

    @Test
    void aPlannedCourseWithNothingRecordedCountsNothing() {
        Course course = course(1, template("doxorubicin"), List.of(6), List.of());
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("0", total.given());
        assertTrue(total.contributions().isEmpty());
    }

    @Test
    void priorAnthracyclineAddsToTheTotal() {
        // 450 given here + 100 before (an earlier cancer) = 550
        Course course = course(1, template("doxorubicin"), List.of(6), givenOnDayOne("Doxorubicin", 1, 6));
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), new BigDecimal("100"));
        assertAmount("450", total.given());
        assertAmount("100", total.prior());
        assertAmount("550", total.total());
        assertAmount("100", AnthracyclineTotal.of(List.of(), new BigDecimal("100")).total());
    }

    @Test
    void doxorubicinOnDaysOneToThreeCounts75PerCycle() {
        // EORTC 62012: 25 mg/m² a day on days 1–3 = 75 per cycle; 2 cycles = 150. Ifosfamide (g/m²) is not counted.
        List<DoseRecord> doses = new ArrayList<>();
        for (int cycle = 1; cycle <= 2; cycle++) {
            for (int day = 1; day <= 3; day++) {
                doses.add(given(cycle, day, "Doxorubicin"));
            }
            for (int day = 1; day <= 4; day++) {
                doses.add(given(cycle, day, "Ifosfamide"));
            }
        }
        Course course = course(1, template("doxorubicin-ifosfamide"), List.of(6), doses);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("150", total.given());
        assertEquals(6, total.contributions().size());
        assertEquals(List.of(START, START.plusDays(1), START.plusDays(2)),
                total.contributions().stream().limit(3).map(AnthracyclineTotal.Contribution::date).toList());
    }

    private static Regimen flatDoxorubicin(String mg) {
        DrugPlan drug = new DrugPlan("Doxorubicin", Dose.of(mg, DoseUnit.MG), Route.INTRAVENOUS, "", List.of(1), true,
                "", List.of());
        return new Regimen("custom", "Doxorubicin (flat dose)",
                List.of(new Phase("Doxorubicin (flat dose)", 21, Optional.empty(), "", List.of(drug), null, null,
                        null)), List.of());
    }

    @Test
    void aFlatDoseIsDividedByTheCoursesBodySurface() {
        // 135 mg / 1.80 m² = 75 mg/m²; two doses = 150
        Course course = course(1, flatDoxorubicin("135"), List.of(6), givenOnDayOne("Doxorubicin", 1, 2));
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        assertAmount("75", total.contributions().get(0).mgPerSquareMetre());
        assertAmount("150", total.given());
    }

    @Test
    void aFlatDoseThatDoesNotDivideEvenlyIsShownToOneDecimal() {
        // 100 mg / 1.80 m² = 55.555… → 55.6 mg/m²
        Course course = course(1, flatDoxorubicin("100"), List.of(6), givenOnDayOne("Doxorubicin", 1, 1));
        assertEquals(new BigDecimal("55.6"),
                AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO).contributions().get(0).mgPerSquareMetre());
    }

    @Test
    void amountsReadAsPlainNumbers() {
        // 60 mg/m² must not become 6E+1, nor 180 mg / 1.80 m² = 100 become 1E+2, when a total is shown or compared
        Course lms04 = course(1, template("doxorubicin-trabectedin-lms04"), List.of(6, 11),
                givenOnDayOne("Doxorubicin", 1, 1));
        assertEquals("60", AnthracyclineTotal.of(List.of(lms04), BigDecimal.ZERO).contributions().get(0)
                .mgPerSquareMetre().toString());
        Course flat = course(2, flatDoxorubicin("180"), List.of(6), givenOnDayOne("Doxorubicin", 1, 1));
        assertEquals("100", AnthracyclineTotal.of(List.of(flat), BigDecimal.ZERO).contributions().get(0)
                .mgPerSquareMetre().toString());
    }

    @Test
    void dosesFromSeveralCoursesAreListedInDateOrder() {
        // a later doxorubicin course listed first still comes after the earlier one; 2 × 60 + 1 × 75 = 195
        Course later = new Course(2, template("doxorubicin"), START.plusYears(1), List.of(6), BSA, "",
                new CourseHistory(List.of(), givenOnDayOne("Doxorubicin", 1, 1), Optional.empty()));
        Course earlier = course(1, template("doxorubicin-trabectedin-lms04"), List.of(6, 11),
                givenOnDayOne("Doxorubicin", 1, 2));
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(later, earlier), BigDecimal.ZERO);
        assertEquals(List.of(1L, 1L, 2L), total.contributions().stream().map(c -> c.courseId()).toList());
        assertAmount("195", total.given());
    }

    @Test
    void aDelayedDoseIsDatedWhenItWasGiven() {
        Course course = new Course(1, template("doxorubicin"), START, List.of(6), BSA, "",
                new CourseHistory(List.of(new Delay(2, 1, LocalDate.of(2027, 2, 1), "low counts")),
                        givenOnDayOne("Doxorubicin", 1, 2), Optional.empty()));
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(course), BigDecimal.ZERO);
        // cycle 2 was planned for 4 Jan + 21 = 25 Jan, given a week later
        assertEquals(LocalDate.of(2027, 2, 1), total.contributions().get(1).date());
        assertAmount("150", total.given());
    }

    @Test
    void aDoseGivenAsPlannedKeepsItsAmountWhenThePlanIsEditedLater() {
        // two doses recorded at 75 mg/m², then the plan is edited down to 60 for later cycles: 75 + 75 + 60 = 210
        Regimen at75 = template("doxorubicin");
        Regimen at60 = flatDoxorubicinPerSquareMetre(at75, "60");
        List<DoseRecord> doses = List.of(
                new DoseRecord(1, 1, "Doxorubicin", DoseOutcome.GIVEN, Optional.of(new BigDecimal("75")), ""),
                new DoseRecord(2, 1, "Doxorubicin", DoseOutcome.GIVEN, Optional.of(new BigDecimal("75")), ""),
                given(3, 1, "Doxorubicin"));
        assertAmount("210", AnthracyclineTotal.of(List.of(course(1, at60, List.of(6), doses)), BigDecimal.ZERO)
                .given());
    }

    private static Regimen flatDoxorubicinPerSquareMetre(Regimen template, String amount) {
        Phase phase = template.phases().get(0);
        DrugPlan drug = phase.drugs().get(0);
        DrugPlan edited = new DrugPlan(drug.drug(), Dose.of(amount, DoseUnit.MG_PER_M2), drug.route(), drug.infusion(),
                drug.days(), drug.anthracycline(), drug.note(), drug.sources());
        return new Regimen(template.id(), template.name(), List.of(new Phase(phase.name(), phase.cycleLengthDays(),
                phase.usualCycles(), phase.lengthNote(), List.of(edited), phase.support(), phase.monitoring(),
                phase.lowCounts())), template.cautions());
    }

    @Test
    void labelFiguresAreTheOnesInTheFactBase() {
        // facts §4.1: boxed-warning risk range 300–500 mg/m²; older labels 550, or 400 after chest radiotherapy
        assertAmount("300", AnthracyclineTotal.LABEL_RISK_FROM);
        assertAmount("500", AnthracyclineTotal.LABEL_RISK_TO);
        assertAmount("400", AnthracyclineTotal.olderLabelLimit(true));
        assertAmount("550", AnthracyclineTotal.olderLabelLimit(false));
    }

    /** Review finding M11: from the start of the label's risk range the card asks about the next heart scan. */
    @Test
    void theHeartScanQuestionComesAtTheStartOfTheLabelsRiskRange() {
        assertFalse(AnthracyclineTotal.of(List.of(), new BigDecimal("299.99")).reachesLabelRiskRange());
        assertTrue(AnthracyclineTotal.of(List.of(), new BigDecimal("300")).reachesLabelRiskRange());
        assertTrue(AnthracyclineTotal.of(List.of(), new BigDecimal("450")).reachesLabelRiskRange());
    }
}
