package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A planned treatment day moved to another date, with the reason. It moves every later day of the course too. The
 * reason is free text, as it always was; {@link #BLOOD_COUNTS} is the words the form's "Blood counts" button puts
 * there, so a delay for low counts can be told apart (old reasons load as they were).
 */
public record Delay(int cycle, int day, LocalDate newDate, String reason) {

    public static final String BLOOD_COUNTS = "Blood counts";

    public Delay {
        Objects.requireNonNull(newDate, "newDate");
        reason = reason == null ? "" : reason;
    }

    /** Whether the reason given is the blood counts (the button's words, in any case, perhaps with more after). */
    public boolean forBloodCounts() {
        return reason.strip().toLowerCase(java.util.Locale.ROOT).startsWith(BLOOD_COUNTS.toLowerCase(java.util.Locale.ROOT));
    }
}
