package org.leiojournal.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Moments as the journal stores them: a UTC instant in whole seconds, with the user's zone in a column beside it. */
final class Moments {

    private static final String SHAPE = "9999-99-99T99:99:99Z";
    private static final long SECONDS_A_DAY = 86_400;

    private Moments() {
    }

    /** Whole seconds, so that stored instants have one width and sort as text. */
    static String instant(ZonedDateTime moment) {
        return instant(moment.toInstant());
    }

    static String instant(Instant moment) {
        return DateTimeFormatter.ISO_INSTANT.format(moment.truncatedTo(ChronoUnit.SECONDS));
    }

    static ZonedDateTime read(String instant, String zone) {
        return parse(instant).atZone(ZoneId.of(zone));
    }

    /**
     * A stored instant. The journal's own form (2026-03-01T09:00:00Z) is read digit by digit: Instant.parse's
     * formatter was most of the time taken to build ten years of check-ins and alerts (issue 21). Any other form,
     * or a time that is not a plain 00:00:00–23:59:59, goes to Instant.parse, which says what is wrong with it.
     */
    static Instant parse(String text) {
        if (ValueCheck.hasShape(text, SHAPE)) {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (hour <= 23 && minute <= 59 && second <= 59) {
                try {
                    return Instant.ofEpochSecond(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7),
                            digits(text, 8, 10)).toEpochDay() * SECONDS_A_DAY + hour * 3600L + minute * 60L + second);
                } catch (DateTimeException e) {
                    // not a real day (2026-02-30): the parser below words it
                }
            }
        }
        return Instant.parse(text);
    }

    private static int digits(String text, int start, int end) {
        return ValueCheck.digits(text, start, end);
    }
}
