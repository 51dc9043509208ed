package org.leiojournal.domain.report;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendSeriesBuilder;

/**
 * The temperatures of the range: every reading at or above the user's threshold (compared in °C, so 99.5 °F
 * meets 37.5 °C), oldest first, how many readings there were, and the highest one.
 */
public record TemperatureSummary(BigDecimal thresholdCelsius, List<Reading> atOrAbove, int readings,
                                 Optional<Reading> highest) {

    /** A reading as the user typed it, with the moment of its check-in. */
    public record Reading(ZonedDateTime at, Temperature temperature) {
        public Reading {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(temperature, "temperature");
        }
    }

    public TemperatureSummary {
        Objects.requireNonNull(thresholdCelsius, "thresholdCelsius");
        atOrAbove = List.copyOf(atOrAbove);
        Objects.requireNonNull(highest, "highest");
    }

    public static TemperatureSummary of(Collection<CheckIn> checkIns, DateSpan span, BigDecimal thresholdCelsius) {
        List<Reading> all = TrendSeriesBuilder.inTimeOrder(checkIns).stream()
                .filter(c -> span.contains(c.day()) && c.temperatureReading().isPresent())
                .map(c -> new Reading(c.recordedAt(), c.temperatureReading().get()))
                .toList();
        List<Reading> high = all.stream()
                .filter(r -> r.temperature().celsius().compareTo(thresholdCelsius) >= 0).toList();
        Optional<Reading> highest = all.stream()
                .max(Comparator.comparing((Reading r) -> r.temperature().celsius()));
        return new TemperatureSummary(thresholdCelsius, high, all.size(), highest);
    }
}
