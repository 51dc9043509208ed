package org.leiojournal.domain.lab;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A blood pressure reading taken at home, in mmHg, with the pulse if the machine showed it. The bounds only catch
 * typing slips (a reading no machine shows); they are the schema's checks too. An id of 0 means not saved yet.
 */
public record HomeVital(long id, LocalDateTime measuredAt, int systolic, int diastolic, Optional<Integer> pulse) {

    public static final int MIN_SYSTOLIC = 50;
    public static final int MAX_SYSTOLIC = 300;
    public static final int MIN_DIASTOLIC = 20;
    public static final int MAX_DIASTOLIC = 200;
    public static final int MIN_PULSE = 20;
    public static final int MAX_PULSE = 250;

    public HomeVital {
        Objects.requireNonNull(measuredAt, "measuredAt");
        pulse = pulse == null ? Optional.empty() : pulse;
        if (systolic < MIN_SYSTOLIC || systolic > MAX_SYSTOLIC || diastolic < MIN_DIASTOLIC
                || diastolic > MAX_DIASTOLIC || diastolic >= systolic
                || pulse.map(p -> p < MIN_PULSE || p > MAX_PULSE).orElse(false)) {
            throw new IllegalArgumentException("not a blood pressure reading");
        }
    }

    public HomeVital withId(long newId) {
        return new HomeVital(newId, measuredAt, systolic, diastolic, pulse);
    }
}
