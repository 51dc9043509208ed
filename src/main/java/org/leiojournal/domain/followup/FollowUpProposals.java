package org.leiojournal.domain.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;

/**
 * The appointments a plan proposes: for each visit a clinic visit, and the plan's scan if it has one, each
 * "to book" at 09:00 in the user's zone until the hospital gives the real time.
 */
public final class FollowUpProposals {

    /**
     * How far a booked or to-book appointment of the same kind may lie from a planned date and still count as that
     * visit: two weeks either side, as hospitals often book a follow-up within a couple of weeks of the nominal
     * date. Half the shortest gap two planned visits can have (one month from 31 January is 28 days), so an
     * appointment stands for the one planned date nearest to it (both only at the exact midpoint).
     */
    public static final int SAME_VISIT_DAYS = 14;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private FollowUpProposals() {
    }

    /** {@code titles} words each appointment's title in the user's language. */
    public static List<Proposal> propose(FollowUpPlan plan, List<Appointment> existing, ZonedDateTime now,
                                         Function<AppointmentKind, String> titles) {
        ZoneId zone = now.getZone();
        LocalDate today = now.toLocalDate();
        List<Proposal> proposals = new ArrayList<>();
        for (PlannedVisit visit : FollowUpSchedule.visits(plan)) {
            List<AppointmentKind> kinds = new ArrayList<>(List.of(AppointmentKind.CLINIC_VISIT));
            plan.scanKind().ifPresent(kinds::add);
            for (AppointmentKind kind : kinds) {
                Appointment appointment = new Appointment(0, kind, titles.apply(kind),
                        visit.date().atTime(DEFAULT_TIME), Optional.empty(), zone, "", "", List.of(), List.of(),
                        AppointmentStatus.TO_BOOK, "");
                proposals.add(new Proposal(visit, appointment, standing(visit.date(), kind, existing, today, zone)));
            }
        }
        return proposals;
    }

    private static Proposal.Standing standing(LocalDate date, AppointmentKind kind, List<Appointment> existing,
                                              LocalDate today, ZoneId zone) {
        if (!date.isAfter(today)) {
            return Proposal.Standing.PAST;
        }
        boolean booked = existing.stream()
                .filter(a -> a.kind() == kind && a.status().isUpcoming())
                .anyMatch(a -> Math.abs(ChronoUnit.DAYS.between(date, a.dateIn(zone))) <= SAME_VISIT_DAYS);
        return booked ? Proposal.Standing.ALREADY_IN_APPOINTMENTS : Proposal.Standing.OFFERED;
    }
}
