package org.leiojournal.domain.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.AppointmentKind;

/** A team's own plan: month ends that do not drift, a rhythm that carries on across lines, and plan rules. */
class FollowUpScheduleTest {

    private static FollowUpPlan plan(LocalDate end, FollowUpInterval... lines) {
        return new FollowUpPlan(end, List.of(lines), Optional.empty(), Optional.empty());
    }

    private static List<LocalDate> days(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void monthEndsDoNotDriftAndTheRhythmCarriesOnFromTheLastVisit() {
        FollowUpPlan plan = plan(LocalDate.of(2025, 1, 31), new FollowUpInterval(0, 6, 1),
                new FollowUpInterval(6, 14, 5), new FollowUpInterval(14, 20, 4));
        List<PlannedVisit> visits = FollowUpSchedule.visits(plan);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 11, 15, 19), visits.stream().map(PlannedVisit::month).toList());
        // From 31 January: 28 February, then back to the 31st (or 30th) — never the 28th again.
        assertEquals(days("2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31",
                "2025-12-31", "2026-04-30", "2026-08-31"), visits.stream().map(PlannedVisit::date).toList());
    }

    @Test
    void aLinesLastMonthIsIncludedAndALineTooShortForItsRhythmAddsNothing() {
        FollowUpPlan plan = plan(LocalDate.of(2026, 6, 15), new FollowUpInterval(0, 12, 6),
                new FollowUpInterval(12, 14, 12), new FollowUpInterval(14, 30, 12));
        assertEquals(List.of(6, 12, 24), FollowUpSchedule.visits(plan).stream().map(PlannedVisit::month).toList());
    }

    @Test
    void whenALineEndsBetweenVisitsTheNextLinesRhythmStartsFromTheLastVisit() {
        FollowUpPlan plan = plan(LocalDate.of(2026, 1, 10), new FollowUpInterval(0, 24, 5),
                new FollowUpInterval(24, 30, 2));
        // 20 is the last visit of the first line; the second line's 2-month rhythm carries on from there.
        assertEquals(List.of(5, 10, 15, 20, 22, 24, 26, 28, 30),
                FollowUpSchedule.visits(plan).stream().map(PlannedVisit::month).toList());
    }

    @Test
    void aPlanIsContiguousFromMonthZeroAndItsScanIsAScan() {
        LocalDate end = LocalDate.of(2026, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> plan(end, new FollowUpInterval(3, 12, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> plan(end, new FollowUpInterval(0, 12, 3), new FollowUpInterval(18, 24, 6)));
        assertThrows(IllegalArgumentException.class, () -> plan(end));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpPlan(end,
                List.of(new FollowUpInterval(0, 12, 3)), Optional.of(AppointmentKind.BLOOD_TEST), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpInterval(0, 12, 0));
        assertThrows(IllegalArgumentException.class, () -> new FollowUpInterval(12, 12, 3));
        assertEquals(Optional.empty(), new FollowUpPlan(end, List.of(new FollowUpInterval(0, 12, 3)),
                Optional.empty(), Optional.of(" ")).presetId(), "a blank preset id is no preset");
    }
}
