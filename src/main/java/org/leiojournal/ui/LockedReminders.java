package org.leiojournal.ui;

import javafx.beans.value.ObservableBooleanValue;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.common.Messages;

/**
 * Reminder popups that, while the window is locked, say only that there is a reminder: its words could be read
 * over a shoulder. Its buttons still work.
 */
record LockedReminders(ReminderPopups popups, ObservableBooleanValue locked, Messages messages)
        implements ReminderPopups {

    @Override
    public Runnable show(ReminderNotice notice) {
        return popups.show(locked.get() ? new ReminderNotice(notice.id(), messages.get("lock.reminder.title"),
                messages.get("lock.reminder.text"), notice.doneLabel(), notice.laterLabel(), notice.onDone(),
                notice.onLater()) : notice);
    }
}
