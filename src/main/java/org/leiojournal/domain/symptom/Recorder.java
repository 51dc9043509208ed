package org.leiojournal.domain.symptom;

import java.util.Objects;

/** The role of whoever recorded an entry, and their name when it is not the patient (optional). */
public record Recorder(RecorderRole role, String name) {

    public static final Recorder PATIENT = new Recorder(RecorderRole.PATIENT, "");

    public Recorder {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
    }
}
