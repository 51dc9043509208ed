package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** One fixed-time dose due on a day, and the logged dose that says it was taken, if any. */
public record MedicineDue(Medicine medicine, LocalDate day, LocalTime time, Optional<MedicineDose> taken) {

    public MedicineDue {
        Objects.requireNonNull(medicine, "medicine");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(taken, "taken");
    }

    public boolean isTaken() {
        return taken.isPresent();
    }
}
