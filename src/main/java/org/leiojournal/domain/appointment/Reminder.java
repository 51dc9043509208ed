package org.leiojournal.domain.appointment;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.leiojournal.domain.validation.Required;

/**
 * One reminder that is or may become due, with what a notification needs to say. {@code stepText} is the
 * preparation step for {@link ReminderKind#PREPARATION} and empty otherwise. The reminder is due from
 * {@code dueFrom} (inclusive) until {@code dueUntil} (exclusive). {@code key} names it among the appointment's
 * reminders, and changes when the appointment moves, so a reminder dismissed for the old time comes back.
 */
public record Reminder(ReminderKind kind, Appointment appointment, String stepText, String key, Instant dueFrom,
                       Instant dueUntil) {

    public Reminder {
        Required.all("kind, appointment, key, dueFrom, dueUntil", kind, appointment, key, dueFrom, dueUntil);
        stepText = stepText == null ? "" : stepText;
    }

    public long appointmentId() {
        return appointment.id();
    }

    /** The reminder's identity in the journal and on screen: its appointment and its key. */
    public String id() {
        return appointmentId() + "/" + key;
    }

    public ZonedDateTime start() {
        return appointment.startMoment();
    }

    /** True if {@code moment} falls in the reminder's window, whatever the user did with it. */
    public boolean isInWindow(Instant moment) {
        return !moment.isBefore(dueFrom) && moment.isBefore(dueUntil);
    }
}
