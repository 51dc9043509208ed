package org.leiojournal.domain.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * The home blood pressure the care team said to call at or above, upper and lower number each optional (mmHg).
 * Kept as two team levels, "systolic" and "diastolic" (direction AT_MOST: the level itself is already over). None
 * set means no alert at the team's level; the 180/110 alert of the rules file does not depend on it.
 */
public record BloodPressureLevels(Optional<Integer> systolic, Optional<Integer> diastolic) {

    public static final String SYSTOLIC = "systolic";
    public static final String DIASTOLIC = "diastolic";
    public static final String UNIT = "mm[Hg]";
    public static final BloodPressureLevels NONE = new BloodPressureLevels(Optional.empty(), Optional.empty());

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { SYSTOLIC, DIASTOLIC }

    public BloodPressureLevels {
        systolic = systolic == null ? Optional.empty() : systolic;
        diastolic = diastolic == null ? Optional.empty() : diastolic;
    }

    /** The blood pressure levels among the team's levels (whole mmHg; a fraction is rounded down). */
    public static BloodPressureLevels of(List<TeamLevel> levels) {
        return new BloodPressureLevels(find(levels, SYSTOLIC), find(levels, DIASTOLIC));
    }

    private static Optional<Integer> find(List<TeamLevel> levels, String measure) {
        return levels.stream().filter(l -> l.measure().equals(measure)).findFirst().map(l -> l.value().intValue());
    }

    public boolean isEmpty() {
        return systolic.isEmpty() && diastolic.isEmpty();
    }

    /** The two levels as team levels to store; an empty one is to be cleared. */
    public Optional<TeamLevel> systolicLevel() {
        return systolic.map(v -> new TeamLevel(SYSTOLIC, LevelDirection.AT_MOST, java.math.BigDecimal.valueOf(v), UNIT));
    }

    public Optional<TeamLevel> diastolicLevel() {
        return diastolic.map(v -> new TeamLevel(DIASTOLIC, LevelDirection.AT_MOST, java.math.BigDecimal.valueOf(v),
                UNIT));
    }

    /**
     * The levels a form describes: each number blank (none) or a whole number within a home machine's range, the
     * lower below the upper when both are given.
     */
    public static Validated<BloodPressureLevels> validate(String systolic, String diastolic) {
        List<Problem> problems = new ArrayList<>();
        HomeVital.Pressure levels = HomeVital.Pressure.check(systolic, diastolic, true, Field.SYSTOLIC,
                Field.DIASTOLIC, problems);
        return problems.isEmpty() ? Validated.valid(new BloodPressureLevels(levels.systolic(), levels.diastolic()))
                : Validated.invalid(problems);
    }
}
