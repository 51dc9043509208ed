package org.leiojournal.ui.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.Reminder;
import org.leiojournal.ui.common.Messages;

/**
 * A reminder in plain words: "Tomorrow at 09:30" / "CT scan at St Mary’s", or "Preparation for CT scan tomorrow
 * at 08:00" / "Nothing to eat after midnight". Times are the user's clock; when the appointment's own zone shows
 * another time, that is added, as the hospital's letter gives it.
 */
public final class ReminderWords {

    private final Messages messages;
    private final AppointmentFormats formats;
    private final Clock clock;
    private final DateTimeFormatter day;

    public ReminderWords(Messages messages, Clock clock) {
        this.messages = messages;
        this.formats = new AppointmentFormats(messages);
        this.clock = clock;
        this.day = DateTimeFormatter.ofPattern("EEE d MMM", messages.locale());
    }

    public String title(Reminder reminder) {
        String at = time(reminder.appointment());
        return switch (reminder.kind()) {
            case TOMORROW -> messages.get("reminder.title.tomorrow", at);
            case TODAY -> messages.get("reminder.title.today", at);
            case PREPARATION -> messages.get("reminder.title.preparation", formats.name(reminder.appointment()),
                    when(reminder.appointment(), at));
        };
    }

    public String text(Reminder reminder) {
        Appointment a = reminder.appointment();
        return switch (reminder.kind()) {
            case TOMORROW, TODAY -> a.place().isEmpty() ? formats.name(a)
                    : messages.get("reminder.whatAt", formats.name(a), a.place());
            case PREPARATION -> reminder.stepText();
        };
    }

    private String time(Appointment a) {
        return formats.time(a, clock.getZone());
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
}
