package org.leiojournal.domain.alert;

import java.time.Instant;
import java.util.Objects;

/** The user read an alert: when, and what they did about it (may be empty). */
public record Acknowledgement(Instant at, String note) {

    public static final int MAX_NOTE_LENGTH = 1_000;

    public Acknowledgement {
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH);
        }
    }
}
