package org.leiojournal.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leiojournal.domain.report.ReportFixtures.LONDON;
import static org.leiojournal.domain.report.ReportFixtures.appointment;
import static org.leiojournal.domain.report.ReportFixtures.d;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.validation.Problem;

class ReportRangeTest {

    private static final LocalDate TODAY = d("2026-11-22");

    @Test
    void theDefaultRunsFromTheLastAttendedClinicVisitToToday() {
        ReportRange range = ReportRange.defaultFor(List.of(
                appointment(1, AppointmentKind.CLINIC_VISIT, "2026-10-02T14:00", AppointmentStatus.ATTENDED, List.of()),
                appointment(2, AppointmentKind.CLINIC_VISIT, "2026-10-23T14:00", AppointmentStatus.ATTENDED, List.of()),
                appointment(3, AppointmentKind.CLINIC_VISIT, "2026-11-13T14:00", AppointmentStatus.BOOKED, List.of()),
                appointment(4, AppointmentKind.CLINIC_VISIT, "2026-11-16T14:00", AppointmentStatus.CANCELLED,
                        List.of()),
                appointment(5, AppointmentKind.BLOOD_TEST, "2026-11-20T09:00", AppointmentStatus.ATTENDED, List.of()),
                appointment(6, AppointmentKind.CLINIC_VISIT, "2026-12-04T14:00", AppointmentStatus.ATTENDED,
                        List.of())), TODAY, LONDON);
        assertEquals(new DateSpan(d("2026-10-23"), TODAY), range.span(),
                "a visit not yet written up, a cancelled one, bloods and a (mistaken) future one do not count");
        assertEquals(ReportRange.Basis.SINCE_VISIT, range.basis());
        assertEquals(Optional.of(d("2026-10-23")), range.visit());
        assertEquals(31, range.days());
    }

    @Test
    void withoutAnAttendedVisitItIsTheLastThirtyDaysIncludingToday() {
        ReportRange range = ReportRange.defaultFor(List.of(), TODAY, LONDON);
        assertEquals(new DateSpan(d("2026-10-24"), TODAY), range.span());
        assertEquals(30, range.days());
        assertEquals(ReportRange.Basis.LAST_DAYS, range.basis());
        assertEquals(Optional.empty(), range.visit());
    }

    @Test
    void aVisitThisMorningGivesJustToday() {
        ReportRange range = ReportRange.defaultFor(List.of(appointment(1, AppointmentKind.CLINIC_VISIT,
                "2026-11-22T08:30", AppointmentStatus.ATTENDED, List.of())), TODAY, LONDON);
        assertEquals(new DateSpan(TODAY, TODAY), range.span());
        assertEquals(1, range.days());
    }

    @Test
    void theVisitDateIsTheOneSeenFromTheUsersZone() {
        // 23:30 in London on 21 November is already 22 November in Auckland.
        ReportRange range = ReportRange.defaultFor(List.of(appointment(1, AppointmentKind.CLINIC_VISIT,
                "2026-11-21T23:30", AppointmentStatus.ATTENDED, List.of())), TODAY, ZoneId.of("Pacific/Auckland"));
        assertEquals(d("2026-11-22"), range.span().first());
    }

    @Test
    void aRangeAcrossTheLeapDayCountsIt() {
        assertEquals(8, ReportRange.chosen(new DateSpan(d("2028-02-26"), d("2028-03-04"))).days());
        assertEquals(7, ReportRange.chosen(new DateSpan(d("2027-02-26"), d("2027-03-04"))).days());
    }

    @Test
    void typedDatesAreCheckedForWhatAUserGetsWrong() {
        assertEquals(List.of(), RangeCheck.check(d("2026-11-01"), TODAY, TODAY));
        assertEquals(List.of(), RangeCheck.check(TODAY, TODAY, TODAY), "one day, today, is fine");
        assertEquals(List.of(Problem.of(RangeCheck.Field.TO, "report.range.backwards")),
                RangeCheck.check(d("2026-11-10"), d("2026-11-09"), TODAY));
        assertEquals(List.of(Problem.of(RangeCheck.Field.TO, "report.range.future")),
                RangeCheck.check(d("2026-11-10"), d("2026-11-23"), TODAY));
        assertEquals(List.of(Problem.of(RangeCheck.Field.FROM, "report.range.future"),
                        Problem.of(RangeCheck.Field.TO, "report.range.future")),
                RangeCheck.check(d("2026-12-01"), d("2026-12-05"), TODAY));
        assertEquals(List.of(Problem.of(RangeCheck.Field.FROM, "report.range.missing"),
                Problem.of(RangeCheck.Field.TO, "report.range.missing")), RangeCheck.check(null, null, TODAY));
        assertTrue(RangeCheck.check(d("1899-12-31"), TODAY, TODAY).contains(
                Problem.of(RangeCheck.Field.FROM, "report.range.tooEarly")));
    }
}
