package org.leiojournal.domain.measure;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A clock time as people type it: "8:00", "08:00", "8.00" or "0800". Nothing else is guessed. */
public final class TimeInput {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})|(\\d{2})(\\d{2})");

    private TimeInput() {
    }

    public static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int minute = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
