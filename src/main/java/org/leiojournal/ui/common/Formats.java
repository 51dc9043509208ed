package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read on screen: "Sun 22 Nov 2026, 14:05". Shown in the entry's own zone. */
public final class Formats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale);
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    public String dateTime(ZonedDateTime moment) {
        return dateTime.format(moment);
    }

    public DateTimeFormatter dateFormatter() {
        return date;
    }

    public Locale locale() {
        return locale;
    }
}
