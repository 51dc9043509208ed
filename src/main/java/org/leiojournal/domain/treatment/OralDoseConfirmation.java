package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * The user types the dose of their daily tablets from their prescription label, the first time they use the
 * course: a template's dose is often not theirs (pazopanib 800 mg is lowered to 600, 400 or 200 mg for many). It
 * checks only that the number is well-formed; it never judges the dose.
 */
public final class OralDoseConfirmation {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { TABLETS }

    private OralDoseConfirmation() {
    }

    /** The course with its tablets' dose confirmed in the plan's unit, or the problem with what was typed. */
    public static Validated<Course> confirm(Course course, String typed) {
        Optional<DrugPlan> tablets = tablets(course);
        if (tablets.isEmpty()) {
            return Validated.invalid(List.of(Problem.of(Field.TABLETS, "treatment.oral.noTablets")));
        }
        DoseUnit unit = tablets.get().dose().unit();
        Optional<BigDecimal> amount = TypedDose.read(typed, unit);
        if (amount.isEmpty()) {
            return Validated.invalid(List.of(TypedDose.problem(typed, unit, "treatment.oral.tooLarge",
                    Problem.of(Field.TABLETS, "treatment.oral.confirmInvalid", unit.typingLimit().toPlainString(),
                            unit.symbol()))));
        }
        List<Phase> phases = new ArrayList<>();
        for (Phase p : course.plan().phases()) {
            List<DrugPlan> drugs = p.drugs().stream().map(d -> d == tablets.get()
                    ? d.withConfirmedDose(new Dose(amount.get(), unit)) : d).toList();
            phases.add(new Phase(p.name(), p.cycleLengthDays(), p.usualCycles(), p.lengthNote(), drugs, p.support(),
                    p.monitoring(), p.lowCounts()));
        }
        Regimen plan = new Regimen(course.plan().id(), course.plan().name(), phases, course.plan().cautions());
        return Validated.valid(new Course(course.id(), plan, course.start(), course.plannedCycles(), course.bsa(),
                course.note(), course.history()));
    }

    /** The first tablets in the plan still waiting for the dose on the user's label. */
    public static Optional<DrugPlan> tablets(Course course) {
        return course.plan().phases().stream().flatMap(p -> p.drugs().stream())
                .filter(DrugPlan::awaitsDoseFromLabel).findFirst();
    }
}
