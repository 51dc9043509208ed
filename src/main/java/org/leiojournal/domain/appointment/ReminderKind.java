package org.leiojournal.domain.appointment;

/** What a reminder is about. The order is the order reminders of one appointment are listed in. */
public enum ReminderKind {
    /** The appointment is tomorrow: due all of the day before. */
    TOMORROW,
    /** The appointment is today: due from midnight until it starts. */
    TODAY,
    /** A preparation step's reminder: due from its hours before the start until the start. */
    PREPARATION
}
