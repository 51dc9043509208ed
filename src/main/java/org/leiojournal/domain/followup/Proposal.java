package org.leiojournal.domain.followup;

import java.util.Objects;
import org.leiojournal.domain.appointment.Appointment;

/**
 * An appointment a follow-up plan proposes for one of its visits, and whether it can be added: only dates after
 * today are offered, and not when a matching appointment is already in the user's list.
 */
public record Proposal(PlannedVisit visit, Appointment appointment, Standing standing) {

    public enum Standing { OFFERED, PAST, ALREADY_IN_APPOINTMENTS }

    public Proposal {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(standing, "standing");
    }

    public boolean offered() {
        return standing == Standing.OFFERED;
    }
}
