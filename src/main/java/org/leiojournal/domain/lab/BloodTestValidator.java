package org.leiojournal.domain.lab;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leiojournal.domain.measure.TimeInput;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Turns the blood test form into a {@link BloodTest} or says at each field what is wrong: a unit the test is not
 * printed in, letters, a value no lab could print (platelets 0, haemoglobin 40 g/dL), a lab range upside down, a draw
 * in the future. Nothing is saved while any problem remains.
 */
public final class BloodTestValidator {

    /** The fields its problems are about; VALUE, UNIT and RANGE are a test's row ({@code Field.VALUE.in(testId)}). */
    public enum Field implements FieldId { DATE, TIME, LAB, VALUES, VALUE, UNIT, RANGE }

    private final List<LabTest> catalogue;

    public BloodTestValidator(List<LabTest> catalogue) {
        this.catalogue = List.copyOf(catalogue);
    }

    public Validated<BloodTest> validate(long id, BloodTestDraft draft, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDateTime> drawnAt = drawnAt(draft, clock, problems);
        Checks.length(draft.lab().strip(), BloodTest.MAX_LAB_LENGTH, Field.LAB, problems);
        List<LabResult> results = new ArrayList<>();
        for (LabTest test : catalogue) {
            draft.rows().stream().filter(r -> r.testId().equals(test.id()) && !r.isBlank()).findFirst()
                    .flatMap(row -> result(test, row, problems)).ifPresent(results::add);
        }
        draft.rows().stream().filter(r -> !r.isBlank())
                .filter(r -> catalogue.stream().noneMatch(t -> t.id().equals(r.testId())))
                .forEach(r -> problems.add(Problem.of(Field.VALUE.in(r.testId()), "bloodTest.test.unknown", r.testId())));
        if (results.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(Field.VALUES, "bloodTest.values.none"));
        }
        return Validated.of(problems, () -> new BloodTest(id, drawnAt.orElseThrow(), draft.lab().strip(), results));
    }

    private static Optional<LocalDateTime> drawnAt(BloodTestDraft draft, Clock clock, List<Problem> problems) {
        Optional<LocalTime> time = draft.time().isBlank() ? Optional.empty() : TimeInput.parse(draft.time());
        if (!draft.time().isBlank() && time.isEmpty()) {
            problems.add(Problem.of(Field.TIME, "bloodTest.time.invalid"));
        }
        if (draft.date() == null) {
            problems.add(Problem.of(Field.DATE, "bloodTest.date.required"));
            return Optional.empty();
        }
        // Without a time the draw counts from the start of its day, so a test taken today is never "future".
        LocalDateTime at = draft.date().atTime(time.orElse(LocalTime.MIDNIGHT));
        if (at.isAfter(LocalDateTime.now(clock))) {
            problems.add(Problem.of(draft.date().isAfter(LocalDateTime.now(clock).toLocalDate()) ? Field.DATE : Field.TIME,
                    "bloodTest.drawnAt.future"));
            return Optional.empty();
        }
        return Optional.of(at);
    }

    private static Optional<LabResult> result(LabTest test, BloodTestDraft.Row row, List<Problem> problems) {
        if (row.value().isBlank()) {
            problems.add(Problem.of(Field.VALUE.in(test.id()), "bloodTest.value.required", test.name()));
            return Optional.empty();
        }
        if (test.kind() == LabKind.ORDINAL) {
            String word = row.value().strip().toLowerCase(Locale.ROOT);
            Optional<String> choice = test.choices().stream().filter(c -> c.equals(word)).findFirst();
            if (choice.isEmpty()) {
                problems.add(Problem.of(Field.VALUE.in(test.id()), "bloodTest.value.notChoice",
                        String.join(", ", test.choices())));
            }
            return choice.map(c -> new LabResult(test.id(), c, "", Optional.empty(), Optional.empty()));
        }
        Optional<LabUnit> unit = test.unit(row.unit());
        if (unit.isEmpty()) {
            problems.add(Problem.of(Field.UNIT.in(test.id()), "bloodTest.unit.wrong", test.name(),
                    String.join(", ", test.units().stream().map(LabUnit::label).toList())));
        }
        Optional<BigDecimal> value = LabNumber.parse(row.value());
        if (value.isEmpty()) {
            problems.add(Problem.of(Field.VALUE.in(test.id()), "bloodTest.value.notNumber"));
        } else if (unit.isPresent() && !test.possible().allows(UnitConverter.toMain(test, value.get(), unit.get()))) {
            problems.add(Problem.of(Field.VALUE.in(test.id()), "bloodTest.value.impossible", row.value().strip(),
                    unit.get().label(), test.name()));
            value = Optional.empty();
        }
        Optional<BigDecimal> low = range(test, row.labLow(), problems);
        Optional<BigDecimal> high = range(test, row.labHigh(), problems);
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) >= 0) {
            problems.add(Problem.of(Field.RANGE.in(test.id()), "bloodTest.range.order"));
            return Optional.empty();
        }
        if (value.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabResult(test.id(), value.get().toPlainString(), unit.get().ucum(), low, high));
    }

    private static Optional<BigDecimal> range(LabTest test, String text, List<Problem> problems) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<BigDecimal> parsed = LabNumber.parse(text);
        if (parsed.isEmpty()) {
            problems.add(Problem.of(Field.RANGE.in(test.id()), "bloodTest.range.notNumber"));
        }
        return parsed;
    }
}
