package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.report.ReportFixtures.NAUSEA;
import static org.leiojournal.domain.report.ReportFixtures.PAIN;
import static org.leiojournal.domain.report.ReportFixtures.VOMITING;
import static org.leiojournal.domain.report.ReportFixtures.answers;
import static org.leiojournal.domain.report.ReportFixtures.d;
import static org.leiojournal.domain.report.ReportFixtures.pain;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;

class SymptomSummaryTest {

    private static final DateSpan WEEK = new DateSpan(d("2026-11-16"), d("2026-11-22"));

    @Test
    void eachDayCountsOnceAtItsWorstAndUnansweredDaysAreLeftOut() {
        List<CheckIn> checkIns = List.of(
                pain("2026-11-15T09:00", 10), // the day before the range
                pain("2026-11-16T09:00", 2),
                pain("2026-11-16T21:00", 8), // the same day, worse in the evening
                pain("2026-11-17T09:00", 4),
                answers("2026-11-18T09:00", Map.of(NAUSEA.id(), 5)), // pain left unanswered
                pain("2026-11-20T09:00", 0),
                pain("2026-11-22T09:00", 7));
        SymptomSummary summary = SymptomSummary.of(PAIN, checkIns, WEEK);
        assertEquals(4, summary.answeredDays());
        assertEquals(OptionalDouble.of(8), summary.worst(), "the 10 before the range is not in it");
        assertEquals(19.0 / 4, summary.average().getAsDouble(), 1e-9, "(8 + 4 + 0 + 7) / 4 answered days");
        assertEquals(3, summary.daysAtLeast(SymptomSummary.MODERATE), "8, 4 and 7");
        assertEquals(2, summary.daysAtLeast(SymptomSummary.SEVERE), "8 and 7");
        assertEquals(5, summary.series().pointCount(), "the sparkline keeps every answer in the range");
        assertEquals(2, summary.series().segments().size(),
                "broken at the unanswered 18th; a single missed day (the 21st) joins, as on the Trends screen");
        assertTrue(summary.anyAboveZero());
    }

    @Test
    void anEmptyRangeHasNoNumbersRatherThanZeros() {
        SymptomSummary summary = SymptomSummary.of(PAIN, List.of(pain("2026-11-01T09:00", 6)), WEEK);
        assertEquals(0, summary.answeredDays());
        assertEquals(OptionalDouble.empty(), summary.worst());
        assertEquals(OptionalDouble.empty(), summary.average());
        assertEquals(0, summary.daysAtLeast(SymptomSummary.MODERATE));
        assertTrue(summary.series().isEmpty());
        assertEquals(TrendArrow.UNKNOWN, summary.trend());
        assertFalse(summary.anyAboveZero());
    }

    @Test
    void aOneDayRangeHasItsDayButNoTrend() {
        DateSpan day = new DateSpan(d("2026-11-22"), d("2026-11-22"));
        SymptomSummary summary = SymptomSummary.of(PAIN, List.of(pain("2026-11-22T00:00", 4),
                pain("2026-11-22T23:59", 3), pain("2026-11-23T00:00", 9)), day);
        assertEquals(OptionalDouble.of(4), summary.worst());
        assertEquals(OptionalDouble.of(4), summary.average());
        assertEquals(TrendArrow.UNKNOWN, summary.trend());
    }

    @Test
    void theClockChangeDayIsOneDay() {
        DateSpan autumn = new DateSpan(d("2026-10-24"), d("2026-10-26"));
        // 01:30 happens twice in London on 25 October 2026; both readings belong to that one day
        CheckIn first = new CheckIn(0, CheckIn.newUid(), java.time.ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0,
                ReportFixtures.LONDON).withEarlierOffsetAtOverlap(), org.leiojournal.domain.symptom.Recorder.PATIENT,
                Map.of(PAIN.id(), 3), "", null, null, "");
        CheckIn second = new CheckIn(0, CheckIn.newUid(), first.recordedAt().withLaterOffsetAtOverlap(),
                org.leiojournal.domain.symptom.Recorder.PATIENT, Map.of(PAIN.id(), 6), "", null, null, "");
        SymptomSummary summary = SymptomSummary.of(PAIN, List.of(second, first, pain("2026-10-26T09:00", 2)),
                autumn);
        assertEquals(2, summary.answeredDays());
        assertEquals(OptionalDouble.of(4), summary.average(), "(6 + 2) / 2");
        assertEquals(List.of(3.0, 6.0, 2.0), summary.series().segments().get(0).stream()
                .map(p -> p.value()).toList(), "in the order they happened");
    }

    @Test
    void countsHaveTheirDaysButNoArrow() {
        SymptomSummary summary = SymptomSummary.of(VOMITING, List.of(
                answers("2026-11-16T09:00", Map.of(VOMITING.id(), 0)),
                answers("2026-11-17T09:00", Map.of(VOMITING.id(), 5)),
                answers("2026-11-18T09:00", Map.of(VOMITING.id(), 1))), WEEK);
        assertEquals(OptionalDouble.of(5), summary.worst());
        assertEquals(1, summary.daysAtLeast(4));
        assertEquals(2, summary.daysAtLeast(1));
        assertEquals(TrendArrow.UNKNOWN, summary.trend());
    }
}
