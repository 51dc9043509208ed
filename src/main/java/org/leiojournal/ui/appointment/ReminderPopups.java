package org.leiojournal.ui.appointment;

/**
 * Where due reminders appear. The app shows ControlsFX notifications ({@link NotificationPopups}); tests record
 * what would be shown, and press its buttons by running the notice's actions.
 */
public interface ReminderPopups {

    /** Shows one reminder and returns what closes it again. */
    Runnable show(ReminderNotice notice);

    /** One reminder as it is shown: its words, and what its two buttons do. */
    record ReminderNotice(String id, String title, String text, String doneLabel, String laterLabel,
                          Runnable onDone, Runnable onLater) {
    }
}
