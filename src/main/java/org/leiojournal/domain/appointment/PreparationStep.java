package org.leiojournal.domain.appointment;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Something to do before an appointment ("nothing to eat after midnight", "bring the list of medicines"),
 * optionally with a reminder a number of hours before the start. The reminder moves with the appointment.
 */
public record PreparationStep(String text, Optional<Duration> remindBefore) {

    public static final int MAX_LENGTH = 300;
    /** A week: enough for "stop this tablet 5 days before", short enough to catch a slip of the keyboard. */
    public static final int MAX_HOURS_BEFORE = 7 * 24;

    public PreparationStep {
        Objects.requireNonNull(remindBefore, "remindBefore");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a preparation step needs 1–" + MAX_LENGTH + " characters");
        }
        if (remindBefore.filter(d -> d.isNegative() || d.compareTo(Duration.ofHours(MAX_HOURS_BEFORE)) > 0)
                .isPresent()) {
            throw new IllegalArgumentException("reminder out of range");
        }
    }

    public static PreparationStep withoutReminder(String text) {
        return new PreparationStep(text, Optional.empty());
    }

    public static PreparationStep hoursBefore(String text, int hours) {
        return new PreparationStep(text, Optional.of(Duration.ofHours(hours)));
    }
}
