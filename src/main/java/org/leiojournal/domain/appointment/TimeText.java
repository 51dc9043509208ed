package org.leiojournal.domain.appointment;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Times written the one way the forms read them back: 24-hour "09:30". */
final class TimeText {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    static String of(LocalDateTime moment) {
        return HH_MM.format(moment);
    }
}
