package org.leiojournal.domain.lab;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

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

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { TIME, SYSTOLIC, DIASTOLIC, PULSE }

    /**
     * The reading a form describes, or the problems field by field: whole numbers within the machine's bounds, the
     * lower number below the upper, the pulse optional, and not later than now.
     */
    public static Validated<HomeVital> validate(long id, LocalDateTime at, String systolic, String diastolic,
                                                String pulse, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        if (at == null) {
            problems.add(Problem.of(Field.TIME, "homeVital.time.required"));
        } else if (at.isAfter(LocalDateTime.now(clock))) {
            problems.add(Problem.of(Field.TIME, "homeVital.time.future"));
        }
        Pressure pressure = Pressure.check(systolic, diastolic, false, Field.SYSTOLIC, Field.DIASTOLIC, problems);
        Optional<Integer> beats = Optional.empty();
        if (pulse != null && !pulse.isBlank()) {
            beats = whole(pulse, MIN_PULSE, MAX_PULSE);
            if (beats.isEmpty()) {
                problems.add(Problem.of(Field.PULSE, "homeVital.pulse.invalid", MIN_PULSE, MAX_PULSE));
            }
        }
        return problems.isEmpty() ? Validated.valid(new HomeVital(id, at, pressure.systolic().get(),
                pressure.diastolic().get(), beats)) : Validated.invalid(problems);
    }

    /** A blood pressure's two numbers as typed, checked as a home machine shows them: a reading, or a team's level. */
    record Pressure(Optional<Integer> systolic, Optional<Integer> diastolic) {

        /**
         * Each number a whole one within a home machine's range, the lower below the upper when both are given; else
         * a problem at its field. A blank number is none when {@code blankIsNone} (a level may set one only), else a
         * problem like any slip.
         */
        static Pressure check(String systolic, String diastolic, boolean blankIsNone, FieldId systolicField,
                              FieldId diastolicField, List<Problem> problems) {
            boolean noHigh = blankIsNone && blank(systolic);
            boolean noLow = blankIsNone && blank(diastolic);
            Optional<Integer> high = noHigh ? Optional.empty() : whole(systolic, MIN_SYSTOLIC, MAX_SYSTOLIC);
            Optional<Integer> low = noLow ? Optional.empty() : whole(diastolic, MIN_DIASTOLIC, MAX_DIASTOLIC);
            if (!noHigh && high.isEmpty()) {
                problems.add(Problem.of(systolicField, "homeVital.systolic.invalid", MIN_SYSTOLIC, MAX_SYSTOLIC));
            }
            if (!noLow && low.isEmpty()) {
                problems.add(Problem.of(diastolicField, "homeVital.diastolic.invalid", MIN_DIASTOLIC, MAX_DIASTOLIC));
            } else if (high.isPresent() && low.isPresent() && low.get() >= high.get()) {
                problems.add(Problem.of(diastolicField, "homeVital.diastolic.notBelow"));
            }
            return new Pressure(high, low);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** A whole number from min to max, or empty. */
    static Optional<Integer> whole(String text, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(t);
        return value >= min && value <= max ? Optional.of(value) : Optional.empty();
    }

    public HomeVital withId(long newId) {
        return new HomeVital(newId, measuredAt, systolic, diastolic, pulse);
    }
}
