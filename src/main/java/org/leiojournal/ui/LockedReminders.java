package org.leiojournal.ui;

import javafx.beans.value.ObservableBooleanValue;
import org.leiojournal.ui.appointment.ReminderPopups;
import org.leiojournal.ui.common.Messages;

/**
 * Reminder popups that, while the window is locked, say only that there is a reminder: its words could be read
 * over a shoulder. Its buttons still work.
 */
final class LockedReminders implements ReminderPopups {

    private final ReminderPopups popups;
    private final ObservableBooleanValue locked;
    private final Messages messages;

    LockedReminders(ReminderPopups popups, ObservableBooleanValue locked, Messages messages) {
        this.popups = popups;
        this.locked = locked;
        this.messages = messages;
    }

    @Override
    public Runnable show(ReminderNotice notice) {
        return popups.show(locked.get() ? new ReminderNotice(notice.id(), messages.get("lock.reminder.title"),
                messages.get("lock.reminder.text"), notice.doneLabel(), notice.laterLabel(), notice.onDone(),
                notice.onLater()) : notice);
    }
}
