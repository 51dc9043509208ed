package org.leiojournal.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Moments as the journal stores them: a UTC instant in whole seconds, with the user's zone in a column beside it. */
final class Moments {

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
        return Instant.parse(instant).atZone(ZoneId.of(zone));
    }
}
