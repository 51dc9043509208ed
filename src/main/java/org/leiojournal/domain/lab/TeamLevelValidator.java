package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Turns the form for a blood test's team level ("neutrophils at least 1.5 ×10⁹/L to treat") into a
 * {@link TeamLevel}, or says at each field what is wrong: no test or side chosen, an empty, negative or non-number
 * value, a unit the test is not measured in, a value no level could be (a unit slip: neutrophils 1500 ×10⁹/L). The
 * level is the one the team wrote; this checks typing only, never whether a level is right.
 */
public final class TeamLevelValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { TEST, DIRECTION, VALUE, UNIT }

    private TeamLevelValidator() {
    }

    /**
     * @param test      the chosen test, or null when none is chosen
     * @param direction "at least" or "at most", or null when neither is chosen
     * @param unit      the UCUM code of the chosen unit, or blank
     */
    public static Validated<TeamLevel> validate(LabTest test, LevelDirection direction, String value, String unit) {
        List<Problem> problems = new ArrayList<>();
        if (test == null || test.kind() != LabKind.NUMBER) {
            problems.add(Problem.of(Field.TEST, "teamLevel.test.required"));
        }
        Checks.required(direction, Field.DIRECTION, "teamLevel.direction.required", problems);
        Optional<BigDecimal> number = number(value, problems);
        Optional<LabUnit> labUnit = Optional.empty();
        if (test != null && test.kind() == LabKind.NUMBER) {
            labUnit = test.unit(unit == null ? "" : unit);
            if (labUnit.isEmpty()) {
                problems.add(Problem.of(Field.UNIT, "bloodTest.unit.wrong", test.name(),
                        String.join(", ", test.units().stream().map(LabUnit::label).toList())));
            } else if (number.isPresent()
                    && !test.possible().allows(UnitConverter.toMain(test, number.get(), labUnit.get()))) {
                problems.add(Problem.of(Field.VALUE, "teamLevel.value.impossible", value.strip(), labUnit.get().label(),
                        test.name()));
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new TeamLevel(test.id(), direction, number.orElseThrow(), labUnit.orElseThrow().ucum()));
    }

    private static Optional<BigDecimal> number(String value, List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(Problem.of(Field.VALUE, "teamLevel.value.required"));
            return Optional.empty();
        }
        Optional<BigDecimal> number = LabNumber.parse(text);
        if (number.isEmpty()) {
            problems.add(Problem.of(Field.VALUE, text.startsWith("-") ? "teamLevel.value.negative"
                    : "teamLevel.value.notNumber"));
        }
        return number;
    }
}
