package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.report.ReportFixtures.course;
import static org.leiojournal.domain.report.ReportFixtures.d;
import static org.leiojournal.domain.report.ReportFixtures.given;
import static org.leiojournal.domain.report.ReportFixtures.reduced;
import static org.leiojournal.domain.report.ReportFixtures.withHistory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Doxorubicin alone, 75 mg/m² on day 1 of 21-day cycles from Tuesday 1 September 2026: cycle 3 moved a week
 * (13 → 20 October), cycle 4 another week (10 → 17 November), cycle 3 given at 60 mg/m².
 */
class TreatmentSummaryTest {

    private static final DateSpan RANGE = new DateSpan(d("2026-10-15"), d("2026-11-22"));

    private static Course doxorubicin() {
        return withHistory(course("doxorubicin", d("2026-09-01"), 7),
                List.of(new Delay(3, 1, d("2026-10-20"), "neutrophils low"),
                        new Delay(4, 1, d("2026-11-17"), "holiday")),
                List.of(given(1, 1, "Doxorubicin"), given(2, 1, "Doxorubicin"),
                        reduced(3, 1, "Doxorubicin", "60", "after low counts")));
    }

    @Test
    void theCyclesOverlappingTheRangeComeWithTheirDelaysAndDoseChanges() {
        List<CycleSummary> cycles = CycleSummary.of(List.of(doxorubicin()), RANGE);
        assertEquals(List.of(2, 3, 4), cycles.stream().map(c -> c.band().cycle()).toList());
        assertEquals(new DateSpan(d("2026-09-22"), d("2026-10-19")), cycles.get(0).band().span(),
                "cycle 2 lasts until cycle 3 starts");
        assertEquals(List.of(), cycles.get(0).delays());
        CycleSummary third = cycles.get(1);
        assertEquals(List.of(new CycleSummary.Moved(3, 1, d("2026-10-13"), d("2026-10-20"), "neutrophils low")),
                third.delays());
        assertEquals(7, third.delays().get(0).days());
        assertEquals(List.of(new CycleSummary.Changed(3, 1, d("2026-10-20"), "Doxorubicin", DoseOutcome.REDUCED,
                Optional.of(new BigDecimal("60")), new BigDecimal("75"), DoseUnit.MG_PER_M2, "after low counts")),
                third.doses());
        CycleSummary.Moved fourth = cycles.get(2).delays().get(0);
        assertEquals(d("2026-11-10"), fourth.from(), "where cycle 4 stood after cycle 3's delay");
        assertEquals(d("2026-11-17"), fourth.to());
        assertEquals(7, fourth.days(), "this delay's own week, not the fortnight since the first plan");
    }

    @Test
    void noCourseMeansNoCycles() {
        assertEquals(List.of(), CycleSummary.of(List.of(), RANGE));
    }

    @Test
    void theDoxorubicinTotalIsTheTreatmentScreensWithThePartGivenInTheRange() {
        DoxorubicinSummary summary = DoxorubicinSummary.of(List.of(doxorubicin()),
                new PriorAnthracycline(new BigDecimal("50"), "breast cancer 2015"), RANGE);
        assertEquals(0, new BigDecimal("210").compareTo(summary.total().given()), "75 + 75 + 60");
        assertEquals(0, new BigDecimal("260").compareTo(summary.total().total()), "with 50 before");
        assertEquals(0, new BigDecimal("60").compareTo(summary.inRange()), "cycle 3 on 20 October");
        assertTrue(summary.relevant());
        DoxorubicinSummary none = DoxorubicinSummary.of(List.of(course("gemcitabine-docetaxel-hensley",
                d("2026-11-01"), 8)), PriorAnthracycline.NONE, RANGE);
        assertFalse(none.relevant());
        assertEquals(0, BigDecimal.ZERO.compareTo(none.inRange()));
    }
}
