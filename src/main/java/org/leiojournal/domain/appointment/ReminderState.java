package org.leiojournal.domain.appointment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user did with one reminder of one appointment: marked it done (for good), or asked to be reminded
 * later, not before {@code snoozedUntil}.
 */
public record ReminderState(long appointmentId, String key, boolean done, Optional<Instant> snoozedUntil) {

    public ReminderState {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
    }

    /** True if the user's choice keeps the reminder quiet at {@code moment}. */
    public boolean silences(Instant moment) {
        return done || snoozedUntil.filter(moment::isBefore).isPresent();
    }
}
