package org.leiojournal.domain.trend;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;
import org.leiojournal.domain.symptom.CheckIn;
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

    /**
     * Returns the check-in's reading in the user's unit: exactly as typed when it was typed in that unit, else
     * converted and rounded to one decimal as the rest of the app shows it. Empty when there is no reading.
     */
    @Override
    public OptionalDouble valueIn(CheckIn checkIn, TrendUnits units) {
        BigDecimal value = switch (vital) {
            case TEMPERATURE -> checkIn.temperatureReading().map(t -> t.shownIn(units.temperature())).orElse(null);
            case WEIGHT -> checkIn.weightReading().map(w -> w.shownIn(units.weight())).orElse(null);
        };
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }
}
