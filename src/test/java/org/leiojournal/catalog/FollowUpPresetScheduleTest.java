package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.followup.FollowUpPlan;
import org.leiojournal.domain.followup.FollowUpSchedule;
import org.leiojournal.domain.followup.PlannedVisit;

/**
 * The dates each bundled preset drafts, for treatment ending on 30 November 2025 (months ending on the 28th,
 * 29th and 30th, across year ends and the leap year 2028) and on 29 February 2024 (a leap day). Every expected
 * date was worked out by hand: the same day of the month, or the month's last day when it has no such day.
 */
class FollowUpPresetScheduleTest {

    private static final LocalDate END_NOV_30 = LocalDate.of(2025, 11, 30);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

    private static List<LocalDate> dates(String presetId, LocalDate end) {
        FollowUpPlan plan = new FollowUpPlan(end,
                FollowUpCatalog.bundled().find(presetId).orElseThrow().intervals(), Optional.empty(),
                Optional.of(presetId));
        return FollowUpSchedule.visits(plan).stream().map(PlannedVisit::date).toList();
    }

    private static List<Integer> months(String presetId) {
        FollowUpPlan plan = new FollowUpPlan(END_NOV_30,
                FollowUpCatalog.bundled().find(presetId).orElseThrow().intervals(), Optional.empty(), Optional.empty());
        return FollowUpSchedule.visits(plan).stream().map(PlannedVisit::month).toList();
    }

    private static List<LocalDate> days(String... isoDates) {
        return Stream.of(isoDates).map(LocalDate::parse).toList();
    }

    /** Every 3 months to 3 years, every 6 to 5 years, yearly to 10: ESMO intermediate/high grade and NCCN. */
    private static final List<Integer> THREE_SIX_TWELVE = List.of(3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36,
            42, 48, 54, 60, 72, 84, 96, 108, 120);

    private static final List<LocalDate> THREE_SIX_TWELVE_FROM_NOV_30 = days(
            "2026-02-28", "2026-05-30", "2026-08-30", "2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30",
            "2027-11-30", "2028-02-29", "2028-05-30", "2028-08-30", "2028-11-30",
            "2029-05-30", "2029-11-30", "2030-05-30", "2030-11-30",
            "2031-11-30", "2032-11-30", "2033-11-30", "2034-11-30", "2035-11-30");

    private static final List<LocalDate> THREE_SIX_TWELVE_FROM_LEAP_DAY = days(
            "2024-05-29", "2024-08-29", "2024-11-29", "2025-02-28", "2025-05-29", "2025-08-29", "2025-11-29",
            "2026-02-28", "2026-05-29", "2026-08-29", "2026-11-29", "2027-02-28",
            "2027-08-29", "2028-02-29", "2028-08-29", "2029-02-28",
            "2030-02-28", "2031-02-28", "2032-02-29", "2033-02-28", "2034-02-28");

    @Test
    void esmoIntermediateOrHighGrade() {
        assertEquals(THREE_SIX_TWELVE, months("esmo-intermediate-high-grade"));
        assertEquals(THREE_SIX_TWELVE_FROM_NOV_30, dates("esmo-intermediate-high-grade", END_NOV_30));
        assertEquals(THREE_SIX_TWELVE_FROM_LEAP_DAY, dates("esmo-intermediate-high-grade", LEAP_DAY));
    }

    @Test
    void nccnExtremityAndTrunkDraftsTheSameDatesAsEsmo() {
        assertEquals(THREE_SIX_TWELVE, months("nccn-extremity-trunk"));
        assertEquals(THREE_SIX_TWELVE_FROM_NOV_30, dates("nccn-extremity-trunk", END_NOV_30));
        assertEquals(THREE_SIX_TWELVE_FROM_LEAP_DAY, dates("nccn-extremity-trunk", LEAP_DAY));
    }

    @Test
    void esmoLowGrade() {
        assertEquals(List.of(4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 72, 84, 96, 108, 120),
                months("esmo-low-grade"));
        assertEquals(days("2026-03-30", "2026-07-30", "2026-11-30", "2027-03-30", "2027-07-30", "2027-11-30",
                "2028-03-30", "2028-07-30", "2028-11-30", "2029-03-30", "2029-07-30", "2029-11-30", "2030-03-30",
                "2030-07-30", "2030-11-30", "2031-11-30", "2032-11-30", "2033-11-30", "2034-11-30", "2035-11-30"),
                dates("esmo-low-grade", END_NOV_30));
        assertEquals(days("2024-06-29", "2024-10-29", "2025-02-28", "2025-06-29", "2025-10-29", "2026-02-28",
                "2026-06-29", "2026-10-29", "2027-02-28", "2027-06-29", "2027-10-29", "2028-02-29", "2028-06-29",
                "2028-10-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29", "2033-02-28", "2034-02-28"),
                dates("esmo-low-grade", LEAP_DAY));
    }

    @Test
    void canadianCancerSociety() {
        assertEquals(List.of(3, 6, 9, 12, 15, 18, 21, 24, 30, 36, 42, 48, 54, 60, 72, 84, 96, 108, 120),
                months("canadian-cancer-society"));
        assertEquals(days("2026-02-28", "2026-05-30", "2026-08-30", "2026-11-30", "2027-02-28", "2027-05-30",
                "2027-08-30", "2027-11-30", "2028-05-30", "2028-11-30", "2029-05-30", "2029-11-30", "2030-05-30",
                "2030-11-30", "2031-11-30", "2032-11-30", "2033-11-30", "2034-11-30", "2035-11-30"),
                dates("canadian-cancer-society", END_NOV_30));
        assertEquals(days("2024-05-29", "2024-08-29", "2024-11-29", "2025-02-28", "2025-05-29", "2025-08-29",
                "2025-11-29", "2026-02-28", "2026-08-29", "2027-02-28", "2027-08-29", "2028-02-29", "2028-08-29",
                "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29", "2033-02-28", "2034-02-28"),
                dates("canadian-cancer-society", LEAP_DAY));
    }
}
