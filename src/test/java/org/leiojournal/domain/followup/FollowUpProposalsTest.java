package org.leiojournal.domain.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.followup.Proposal.Standing;

/** What a plan offers to add: future dates only, a visit and its scan, nothing already in the list. */
class FollowUpProposalsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 09:30 in London on Sunday 22 November 2026. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, LONDON);
    private static final FollowUpPlan EVERY_THREE_MONTHS = new FollowUpPlan(LocalDate.of(2025, 11, 30),
            List.of(new FollowUpInterval(0, 24, 3)), Optional.of(AppointmentKind.CT), Optional.empty());

    private static List<Proposal> propose(FollowUpPlan plan, Appointment... existing) {
        return FollowUpProposals.propose(plan, List.of(existing), NOW, kind -> kind.name() + " (plan)");
    }

    private static Appointment existing(AppointmentKind kind, String date, AppointmentStatus status) {
        return new Appointment(7, kind, "", LocalDate.parse(date).atTime(14, 0), Optional.empty(), LONDON, "", "",
                List.of(), List.of(), status, "");
    }

    private static Standing standing(List<Proposal> proposals, String date, AppointmentKind kind) {
        return proposals.stream()
                .filter(p -> p.visit().date().equals(LocalDate.parse(date)) && p.appointment().kind() == kind)
                .findFirst().orElseThrow().standing();
    }

    @Test
    void eachVisitGetsAClinicVisitAndTheScanToBookAtNineInTheUsersZone() {
        List<Proposal> proposals = propose(EVERY_THREE_MONTHS);
        assertEquals(16, proposals.size(), "8 visits, each with a CT");
        Proposal first = proposals.get(0);
        assertEquals(AppointmentKind.CLINIC_VISIT, first.appointment().kind());
        assertEquals(AppointmentKind.CT, proposals.get(1).appointment().kind());
        assertEquals(LocalDateTime.of(2026, 2, 28, 9, 0), first.appointment().start());
        assertEquals(LONDON, first.appointment().zone());
        assertEquals(AppointmentStatus.TO_BOOK, first.appointment().status());
        assertEquals("CLINIC_VISIT (plan)", first.appointment().title());
        assertEquals(0, first.appointment().id(), "not saved yet");
    }

    @Test
    void onlyDatesAfterTodayAreOffered() {
        List<Proposal> proposals = propose(EVERY_THREE_MONTHS);
        assertEquals(Standing.PAST, standing(proposals, "2026-08-30", AppointmentKind.CLINIC_VISIT));
        assertEquals(Standing.OFFERED, standing(proposals, "2026-11-30", AppointmentKind.CLINIC_VISIT));
        assertEquals(10, proposals.stream().filter(Proposal::offered).count(), "5 visits from 30 Nov 2026 on");

        FollowUpPlan visitToday = new FollowUpPlan(LocalDate.of(2026, 8, 22),
                List.of(new FollowUpInterval(0, 12, 3)), Optional.empty(), Optional.empty());
        assertEquals(Standing.PAST, standing(propose(visitToday), "2026-11-22", AppointmentKind.CLINIC_VISIT),
                "today’s date is not offered: its morning may be over");
    }

    @Test
    void anAppointmentOfTheSameKindWithinTwoWeeksIsAlreadyInTheList() {
        List<Proposal> proposals = propose(EVERY_THREE_MONTHS,
                existing(AppointmentKind.CLINIC_VISIT, "2026-12-14", AppointmentStatus.BOOKED),
                existing(AppointmentKind.CT, "2026-12-15", AppointmentStatus.TO_BOOK),
                existing(AppointmentKind.CLINIC_VISIT, "2027-02-28", AppointmentStatus.CANCELLED),
                existing(AppointmentKind.MRI, "2027-05-30", AppointmentStatus.BOOKED),
                existing(AppointmentKind.CLINIC_VISIT, "2027-08-16", AppointmentStatus.BOOKED));
        assertEquals(Standing.ALREADY_IN_APPOINTMENTS,
                standing(proposals, "2026-11-30", AppointmentKind.CLINIC_VISIT), "14 days later still counts");
        assertEquals(Standing.OFFERED, standing(proposals, "2026-11-30", AppointmentKind.CT), "15 days is too far");
        assertEquals(Standing.OFFERED, standing(proposals, "2027-02-28", AppointmentKind.CLINIC_VISIT),
                "a cancelled appointment does not stand for a visit");
        assertEquals(Standing.OFFERED, standing(proposals, "2027-05-30", AppointmentKind.CT), "an MRI is not a CT");
        assertEquals(Standing.ALREADY_IN_APPOINTMENTS,
                standing(proposals, "2027-08-30", AppointmentKind.CLINIC_VISIT), "14 days earlier counts too");
    }

    @Test
    void withoutAScanOnlyClinicVisitsAreProposed() {
        FollowUpPlan plan = new FollowUpPlan(LocalDate.of(2025, 11, 30), EVERY_THREE_MONTHS.intervals(),
                Optional.empty(), Optional.empty());
        assertTrue(propose(plan).stream().allMatch(p -> p.appointment().kind() == AppointmentKind.CLINIC_VISIT));
    }
}
