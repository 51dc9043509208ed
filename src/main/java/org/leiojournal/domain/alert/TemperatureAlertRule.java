package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;

/**
 * The first alert rule: a temperature at or above the care team's threshold, or below 36.0 °C
 * (facts.md §6.3–6.4: Cancer Research UK and many UK trusts; the threshold itself is the user's setting).
 * Comparisons are made in °C on the exact decimal value, so 99.5 °F fires at 37.5 °C and 99.4 °F does not.
 */
public final class TemperatureAlertRule {

    public static final BigDecimal LOW_LIMIT_CELSIUS = new BigDecimal("36.0");

    private final BigDecimal thresholdCelsius;

    public TemperatureAlertRule(BigDecimal thresholdCelsius) {
        this.thresholdCelsius = thresholdCelsius;
    }

    /** The alert a saved check-in raises, if its temperature is at or above the threshold or below 36.0 °C. */
    public Optional<TemperatureAlert> check(CheckIn entry) {
        return entry.temperatureReading().flatMap(t -> check(t, entry.recordedAt()));
    }

    public Optional<TemperatureAlert> check(Temperature measured, ZonedDateTime at) {
        BigDecimal celsius = measured.celsius();
        if (celsius.compareTo(thresholdCelsius) >= 0) {
            return Optional.of(new TemperatureAlert(TemperatureAlert.Kind.AT_OR_ABOVE_THRESHOLD, measured,
                    thresholdCelsius, at));
        }
        if (celsius.compareTo(LOW_LIMIT_CELSIUS) < 0) {
            return Optional.of(new TemperatureAlert(TemperatureAlert.Kind.BELOW_LOW_LIMIT, measured,
                    LOW_LIMIT_CELSIUS, at));
        }
        return Optional.empty();
    }
}
