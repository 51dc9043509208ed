package org.leiojournal.domain.followup;

import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.validation.Required;

/**
 * An appointment a follow-up plan proposes for one of its visits, and whether it can be added: only dates after
 * today are offered, and not when a matching appointment is already in the user's list.
 */
public record Proposal(PlannedVisit visit, Appointment appointment, Standing standing) {

    public enum Standing { OFFERED, PAST, ALREADY_IN_APPOINTMENTS }

    public Proposal {
        Required.all("visit, appointment, standing", visit, appointment, standing);
    }

    public boolean offered() {
        return standing == Standing.OFFERED;
    }
}
