package org.leiojournal.domain.emergency;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.leiojournal.domain.measure.Temperature;

/** A temperature as recorded in a check-in, and when. */
public record TemperatureReading(Temperature temperature, ZonedDateTime at) {

    public TemperatureReading {
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(at, "at");
    }
}
