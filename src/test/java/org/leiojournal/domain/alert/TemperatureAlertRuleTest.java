package org.leiojournal.domain.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;

class TemperatureAlertRuleTest {

    private static final ZonedDateTime AT = ZonedDateTime.of(2026, 2, 3, 21, 15, 0, 0, ZoneId.of("Europe/London"));

    private static Optional<TemperatureAlert> check(String threshold, String value, TemperatureUnit unit) {
        return new TemperatureAlertRule(new BigDecimal(threshold))
                .check(new Temperature(new BigDecimal(value), unit), AT);
    }

    @ParameterizedTest(name = "threshold {0} °C, measured {1} {2}: alert {3}")
    @CsvSource({
        "37.5, 37.4, CELSIUS, NONE",
        "37.5, 37.5, CELSIUS, AT_OR_ABOVE_THRESHOLD",
        "37.5, 39.0, CELSIUS, AT_OR_ABOVE_THRESHOLD",
        "38.0, 37.9, CELSIUS, NONE",
        "38.0, 38.0, CELSIUS, AT_OR_ABOVE_THRESHOLD",
        "37.5, 36.0, CELSIUS, NONE",
        "37.5, 35.9, CELSIUS, BELOW_LOW_LIMIT",
        "37.5, 34.0, CELSIUS, BELOW_LOW_LIMIT",
        "37.5, 99.4, FAHRENHEIT, NONE",
        "37.5, 99.5, FAHRENHEIT, AT_OR_ABOVE_THRESHOLD",
        "38.0, 100.3, FAHRENHEIT, NONE",
        "38.0, 100.4, FAHRENHEIT, AT_OR_ABOVE_THRESHOLD",
        "37.5, 96.8, FAHRENHEIT, NONE",
        "37.5, 96.7, FAHRENHEIT, BELOW_LOW_LIMIT",
    })
    void firesAtTheThresholdAndBelowTheLowLimit(String threshold, String value, TemperatureUnit unit, String kind) {
        Optional<TemperatureAlert> alert = check(threshold, value, unit);
        assertEquals(kind, alert.map(a -> a.kind().name()).orElse("NONE"));
    }

    @Test
    void alertCarriesTheThresholdThatFiredAndTheMoment() {
        TemperatureAlert high = check("38.0", "100.4", TemperatureUnit.FAHRENHEIT).orElseThrow();
        assertEquals(0, new BigDecimal("38.0").compareTo(high.thresholdCelsius()));
        assertEquals(AT, high.measuredAt());
        assertEquals(Temperature.fahrenheit("100.4"), high.measured());

        TemperatureAlert low = check("38.0", "35.5", TemperatureUnit.CELSIUS).orElseThrow();
        assertEquals(0, new BigDecimal("36.0").compareTo(low.thresholdCelsius()));
        assertEquals(AT, low.measuredAt());
    }

    @Test
    void checkInWithoutTemperatureRaisesNothing() {
        CheckIn entry = new CheckIn(1, "u-1", AT, Recorder.PATIENT, Map.of(1L, 9), "", null, null, "");
        assertTrue(new TemperatureAlertRule(new BigDecimal("37.5")).check(entry).isEmpty());
    }

    @Test
    void checkInAlertUsesItsOwnTemperatureAndTime() {
        CheckIn entry = new CheckIn(1, "u-1", AT, Recorder.PATIENT, Map.of(), "", Temperature.celsius("37.8"), null, "");
        TemperatureAlert alert = new TemperatureAlertRule(new BigDecimal("37.5")).check(entry).orElseThrow();
        assertSame(TemperatureAlert.Kind.AT_OR_ABOVE_THRESHOLD, alert.kind());
        assertEquals(entry.temperature(), alert.measured());
        assertEquals(AT, alert.measuredAt());
        assertEquals(0, new BigDecimal("37.5").compareTo(alert.thresholdCelsius()));
    }
}
