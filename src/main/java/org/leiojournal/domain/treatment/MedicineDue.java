package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/** One fixed-time dose due on a day, and the logged dose that says it was taken, if any. */
public record MedicineDue(Medicine medicine, LocalDate day, LocalTime time, Optional<MedicineDose> taken) {

    public MedicineDue {
        Required.all("medicine, day, time, taken", medicine, day, time, taken);
    }

    public boolean isTaken() {
        return taken.isPresent();
    }
}
