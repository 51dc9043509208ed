package org.leiojournal.report;

import java.time.temporal.TemporalAmount;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;

/**
 * Reminders as the calendar shows them: a DISPLAY alarm (a notification, no sound file or e-mail), set relative to
 * the event's start so it moves when the event does. Outlook keeps only one reminder per event, so callers add
 * the most useful one first.
 */
final class Alarms {

    private Alarms() {
    }

    /** An alarm at {@code offset} from the start (negative: before it), saying {@code text}. */
    static VAlarm relativeToStart(TemporalAmount offset, String text) {
        VAlarm alarm = new VAlarm(offset);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(text));
        return alarm;
    }
}
