package org.leiojournal.domain.trend;

import java.util.Objects;
import org.leiojournal.domain.symptom.Vital;

/** A vital sign recorded with check-ins: temperature or weight, charted in the user's unit. */
public record VitalMeasure(Vital vital) implements Measure {

    public VitalMeasure {
        Objects.requireNonNull(vital, "vital");
    }

    @Override
    public String key() {
        return "vital:" + vital.name();
    }

    @Override
    public String name() {
        return vital.name();
    }
}
