package org.leiojournal.ui.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.Reminder;
import org.leiojournal.ui.common.Messages;

/**
 * A reminder in plain words: "Tomorrow at 09:30" / "CT scan at St Mary’s", or "Preparation for CT scan tomorrow
 * at 08:00" / "Nothing to eat after midnight". Times are the user's clock; when the appointment's own zone shows
 * another time, that is added, as the hospital's letter gives it.
 */
public final class ReminderWording {

    private final Messages messages;
    private final AppointmentFormats formats;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    public ReminderWording(Messages messages, Clock clock) {
        this.messages = messages;
        this.formats = new AppointmentFormats(messages);
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
        this.day = DateTimeFormatter.ofPattern("EEE d MMM", messages.locale());
    }

    public String title(Reminder reminder) {
        String at = time(reminder.appointment());
        return switch (reminder.kind()) {
            case TOMORROW -> messages.get("reminder.title.tomorrow", at);
            case TODAY -> messages.get("reminder.title.today", at);
            case PREPARATION -> messages.get("reminder.title.preparation", what(reminder.appointment()),
                    when(reminder.appointment(), at));
        };
    }

    public String text(Reminder reminder) {
        Appointment a = reminder.appointment();
        return switch (reminder.kind()) {
            case TOMORROW, TODAY -> a.place().isEmpty() ? what(a) : messages.get("reminder.whatAt", what(a), a.place());
            case PREPARATION -> reminder.stepText();
        };
    }

    /** The time on the user's clock, and the appointment's own if its zone differs then. */
    private String time(Appointment a) {
        ZonedDateTime own = a.startMoment();
        ZonedDateTime mine = own.withZoneSameInstant(clock.getZone());
        if (mine.getOffset().equals(own.getOffset())) {
            return time.format(mine);
        }
        return messages.get("reminder.time.otherZone", time.format(mine), time.format(own), a.zone().getId());
    }

    private String when(Appointment a, String at) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = a.dateIn(zone);
        if (date.equals(today)) {
            return messages.get("reminder.when.today", at);
        }
        if (date.equals(today.plusDays(1))) {
            return messages.get("reminder.when.tomorrow", at);
        }
        return messages.get("reminder.when.day", day.format(date), at);
    }

    /** The appointment's own title, or what kind of appointment it is. */
    private String what(Appointment a) {
        return formats.name(a);
    }
}
