package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.leiojournal.domain.measure.Temperature;

/** A saved temperature that means "contact your care team now": what was measured and which threshold fired. */
public record TemperatureAlert(Kind kind, Temperature measured, BigDecimal thresholdCelsius, ZonedDateTime measuredAt) {

    public enum Kind {
        /** At or above the threshold the user's team gave. */
        AT_OR_ABOVE_THRESHOLD,
        /** Below 36.0 °C: a low temperature can also be a sign of infection. */
        BELOW_LOW_LIMIT
    }

    public TemperatureAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(thresholdCelsius, "thresholdCelsius");
        Objects.requireNonNull(measuredAt, "measuredAt");
    }
}
