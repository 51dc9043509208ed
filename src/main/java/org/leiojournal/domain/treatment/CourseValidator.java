package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Turns the course form into a course, or says at each field what is wrong. It checks that values are
 * well-formed and typed in the right unit; it never judges whether a dose is right for the patient.
 */
public final class CourseValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId {
        NAME, START, BSA, HEIGHT, WEIGHT, CYCLE_LENGTH, CYCLES, DRUG_NAME, DRUG_DOSE, DRUG_DAYS,
        SUPPORT_NAME, SUPPORT_DRUG, SUPPORT_DAYS, SUPPORT_STRENGTH, CHECK_WHAT, CHECK_DRUG, CHECK_DAYS, LOW_DRUG, LOW_DAYS
    }

    public static final int MAX_CYCLES = 99;
    public static final int MAX_CYCLE_LENGTH = 99;

    // the fields of a phase's or a table's row, keyed by its number (an int, so the form's key equals the problem's)
    public static FieldId cycleLengthField(int phase) { return Field.CYCLE_LENGTH.in(phase); }
    public static FieldId cycleCountField(int phase) { return Field.CYCLES.in(phase); }
    public static FieldId drugNameField(int row) { return Field.DRUG_NAME.in(row); }
    public static FieldId drugDoseField(int row) { return Field.DRUG_DOSE.in(row); }
    public static FieldId drugDaysField(int row) { return Field.DRUG_DAYS.in(row); }
    public static FieldId supportNameField(int row) { return Field.SUPPORT_NAME.in(row); }
    public static FieldId supportDrugField(int row) { return Field.SUPPORT_DRUG.in(row); }
    public static FieldId supportDaysField(int row) { return Field.SUPPORT_DAYS.in(row); }
    public static FieldId supportStrengthField(int row) { return Field.SUPPORT_STRENGTH.in(row); }
    public static FieldId checkWhatField(int row) { return Field.CHECK_WHAT.in(row); }
    public static FieldId checkDrugField(int row) { return Field.CHECK_DRUG.in(row); }
    public static FieldId checkDaysField(int row) { return Field.CHECK_DAYS.in(row); }
    public static FieldId lowDrugField(int row) { return Field.LOW_DRUG.in(row); }
    public static FieldId lowDaysField(int row) { return Field.LOW_DAYS.in(row); }

    /** @param others the courses already in the journal, to refuse two overlapping courses of the same drug */
    public Validated<Course> validate(CourseDraft draft, List<Course> others) {
        List<Problem> problems = new ArrayList<>();
        if (draft.name().isBlank()) {
            problems.add(Problem.of(Field.NAME, "treatment.name.required"));
        }
        Checks.required(draft.start(), Field.START, "treatment.start.required", problems);
        int phaseCount = draft.cycleLengthTexts().size();
        List<Integer> lengths = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        boolean continuous = draft.template().map(Regimen::continuous).orElse(false);
        for (int p = 0; p < phaseCount; p++) {
            lengths.add(continuous ? 0 : whole(draft.cycleLengthTexts().get(p), 1, MAX_CYCLE_LENGTH,
                    cycleLengthField(p), "treatment.cycleLength.invalid", problems));
            String count = draft.cycleCountTexts().get(p);
            boolean untilStopped = p == phaseCount - 1 && (count == null || count.isBlank());
            counts.add(continuous || untilStopped ? Course.UNTIL_STOPPED : whole(count, 1, MAX_CYCLES,
                    cycleCountField(p), p == phaseCount - 1 ? "treatment.cycles.invalid"
                            : "treatment.cycles.invalidBeforeNextPhase", problems));
        }
        List<List<DrugPlan>> drugsByPhase = drugs(draft, lengths, problems);
        List<CareValidator.PhaseCare> care = CareValidator.validate(draft.care(), lengths, draft.drugs(), problems);
        Optional<BodySurfaceArea> bsa = bodySurface(draft, problems);
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        Course course = new Course(draft.id(), regimen(draft, lengths, drugsByPhase, care), draft.start(), counts,
                bsa.orElseThrow(), draft.note().strip(), others.stream().filter(c -> c.id() == draft.id() && c.id() != 0)
                .findFirst().map(Course::history).orElse(CourseHistory.EMPTY));
        Optional<Problem> overlap = overlap(course, others);
        return overlap.map(p -> Validated.<Course>invalid(List.of(p))).orElseGet(() -> Validated.valid(course));
    }

    private static int whole(String text, int min, int max, FieldId field, String key, List<Problem> problems) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.of(field, key, min, max));
        return min;
    }

    private static List<List<DrugPlan>> drugs(CourseDraft draft, List<Integer> lengths, List<Problem> problems) {
        List<List<DrugPlan>> byPhase = new ArrayList<>();
        lengths.forEach(l -> byPhase.add(new ArrayList<>()));
        for (int row = 0; row < draft.drugs().size(); row++) {
            DrugDraft d = draft.drugs().get(row);
            int length = lengths.get(d.phase());
            boolean ok = true;
            if (d.name().isBlank()) {
                problems.add(Problem.of(drugNameField(row), "treatment.drug.nameRequired"));
                ok = false;
            }
            Optional<BigDecimal> amount = DecimalInput.parse(d.amountText());
            Optional<DrugPlan> original = original(draft, d);
            // tablets whose dose the user has not typed yet: they confirm it from their label on first use
            boolean awaitsLabel = d.route() == Route.ORAL && d.amountText().isBlank()
                    && original.map(DrugPlan::awaitsDoseFromLabel).orElse(false);
            if (awaitsLabel) {
                amount = Optional.of(original.get().dose().amount());
            } else if (TypedDose.read(d.amountText(), d.unit()).isEmpty()) {
                problems.add(TypedDose.problem(d.amountText(), d.unit(), TypedDose.TOO_LARGE_KEY,
                        Problem.of(drugDoseField(row), "treatment.dose.invalid", d.unit().symbol())));
                ok = false;
            }
            Optional<List<Integer>> days = length == 0 ? Optional.of(List.of()) : DayList.parse(d.daysText(), length);
            if (days.isEmpty()) {
                problems.add(Problem.of(drugDaysField(row), "treatment.days.invalid", length));
                ok = false;
            }
            if (ok) {
                Dose dose = awaitsLabel ? original.get().dose() : new Dose(amount.get(), d.unit());
                byPhase.get(d.phase()).add(plan(original, d, dose, !awaitsLabel, days.get()));
            }
        }
        for (int p = 0; p < byPhase.size(); p++) {
            if (byPhase.get(p).isEmpty() && problems.isEmpty()) {
                problems.add(Problem.of(drugNameField(0), "treatment.drug.nameRequired"));
            }
        }
        return byPhase;
    }

    private static Optional<DrugPlan> original(CourseDraft draft, DrugDraft d) {
        return draft.template()
                .filter(t -> d.phase() < t.phases().size())
                .flatMap(t -> t.phases().get(d.phase()).drugs().stream()
                        .filter(p -> p.drug().equalsIgnoreCase(d.name().strip())).findFirst());
    }

    /** Keeps what the template said about a drug (infusion, sources) when the row still names it. */
    private static DrugPlan plan(Optional<DrugPlan> original, DrugDraft d, Dose dose, boolean typed,
                                 List<Integer> days) {
        String name = d.name().strip();
        return new DrugPlan(name, dose, d.route(), original.map(DrugPlan::infusion).orElse(""), days,
                original.map(DrugPlan::anthracycline).orElse(isAnthracycline(name)),
                original.map(DrugPlan::note).orElse(""), original.map(DrugPlan::sources).orElse(List.of()),
                typed && d.route() == Route.ORAL || original.map(DrugPlan::doseConfirmed).orElse(false));
    }

    static boolean isAnthracycline(String drug) {
        return Anthracyclines.isAnthracycline(drug);
    }

    private static Regimen regimen(CourseDraft draft, List<Integer> lengths, List<List<DrugPlan>> drugs,
                                   List<CareValidator.PhaseCare> care) {
        List<Phase> phases = new ArrayList<>();
        for (int p = 0; p < lengths.size(); p++) {
            int index = p;
            Optional<Phase> from = draft.template().filter(t -> lengths.size() == t.phases().size())
                    .map(t -> t.phases().get(index));
            String phaseName = from.map(Phase::name).orElse(draft.name().strip());
            phases.add(new Phase(lengths.size() == 1 ? draft.name().strip() : phaseName, lengths.get(p),
                    from.flatMap(Phase::usualCycles), from.map(Phase::lengthNote).orElse(""), drugs.get(p),
                    care.get(p).support(), care.get(p).monitoring(), care.get(p).lowCounts()));
        }
        String id = draft.template().map(Regimen::id).orElse("custom");
        return new Regimen(id, draft.name().strip(), phases,
                draft.template().map(Regimen::cautions).orElse(List.of()));
    }

    private static Optional<BodySurfaceArea> bodySurface(CourseDraft draft, List<Problem> problems) {
        if (!draft.bsaFromHeightAndWeight()) {
            Optional<BigDecimal> bsa = DecimalInput.parse(draft.bsaText());
            if (bsa.isPresent() && inRange(bsa.get(), BodySurfaceArea.MIN, BodySurfaceArea.MAX)) {
                return Optional.of(BodySurfaceArea.entered(bsa.get()));
            }
            problems.add(DecimalInput.problemFor(draft.bsaText(), Problem.of(Field.BSA, "treatment.bsa.invalid",
                    plain(BodySurfaceArea.MIN), plain(BodySurfaceArea.MAX))));
            return Optional.empty();
        }
        Optional<BigDecimal> height = DecimalInput.parse(draft.heightCmText())
                .filter(h -> inRange(h, BodySurfaceArea.MIN_HEIGHT_CM, BodySurfaceArea.MAX_HEIGHT_CM));
        WeightUnit unit = draft.weightUnit();
        Optional<BigDecimal> weight = DecimalInput.parse(draft.weightText())
                .filter(w -> Weight.inRange(w, unit)).map(w -> kilograms(w, unit));
        if (height.isEmpty()) {
            problems.add(DecimalInput.problemFor(draft.heightCmText(), Problem.of(Field.HEIGHT,
                    "treatment.height.invalid", plain(BodySurfaceArea.MIN_HEIGHT_CM),
                    plain(BodySurfaceArea.MAX_HEIGHT_CM))));
        }
        if (weight.isEmpty()) {
            BigDecimal[] range = Weight.rangeIn(unit);
            problems.add(DecimalInput.problemFor(draft.weightText(), Problem.of(Field.WEIGHT,
                    "treatment.weight.invalid", plain(range[0].stripTrailingZeros()),
                    plain(range[1].stripTrailingZeros()), unit.symbol())));
        }
        if (height.isEmpty() || weight.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = BodySurfaceArea.mostellerValue(height.get(), weight.get());
        if (!inRange(value, BodySurfaceArea.MIN, BodySurfaceArea.MAX)) {
            problems.add(Problem.of(Field.BSA, "treatment.bsa.computedOutOfRange", plain(value),
                    plain(BodySurfaceArea.MIN), plain(BodySurfaceArea.MAX)));
            return Optional.empty();
        }
        return Optional.of(BodySurfaceArea.mosteller(height.get(), weight.get()));
    }

    /** A weight in pounds is kept in kg to two decimals (150 lb = 68.04 kg), the figure the working shows. */
    public static BigDecimal kilograms(BigDecimal weight, WeightUnit unit) {
        BigDecimal kg = unit.toKilograms(weight);
        return unit == WeightUnit.KILOGRAM ? kg : kg.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Numbers go into messages as typed on a sheet: "3.0", not MessageFormat's "3". */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static boolean inRange(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** Two courses may not give the same drug on overlapping dates; the user is told which course is in the way. */
    static Optional<Problem> overlap(Course course, List<Course> others) {
        CourseCalendar mine = course.calendar();
        for (Course other : others) {
            if (other.id() == course.id() && course.id() != 0) {
                continue;
            }
            Optional<String> shared = course.plan().drugNames().stream()
                    .filter(d -> other.plan().drugNames().stream().anyMatch(o -> o.equalsIgnoreCase(d)))
                    .findFirst();
            CourseCalendar theirs = other.calendar();
            if (shared.isPresent() && overlaps(mine, theirs)) {
                return Optional.of(Problem.of(Field.START, "treatment.overlap", other.plan().name(), other.start(),
                        shared.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(CourseCalendar a, CourseCalendar b) {
        LocalDate far = LocalDate.MAX;
        return !a.firstDay().isAfter(b.lastDay().orElse(far)) && !b.firstDay().isAfter(a.lastDay().orElse(far));
    }
}
