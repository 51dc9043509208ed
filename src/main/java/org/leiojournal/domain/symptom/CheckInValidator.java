package org.leiojournal.domain.symptom;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** Turns a draft into a check-in, or says field by field what is wrong. Nothing is guessed or clamped. */
public final class CheckInValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { DATE, TIME, TEMPERATURE, WEIGHT, NOTE, OTHER_PROBLEM, ITEM }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}");

    private final Clock clock;

    public CheckInValidator(Clock clock) {
        this.clock = clock;
    }

    /** An item's answer; the id stays a {@code long}, so the form's key and the problem's are equal. */
    public static FieldId itemField(long itemId) {
        return Field.ITEM.in(itemId);
    }

    public Validated<CheckIn> validate(CheckInDraft draft, Collection<SymptomItem> items) {
        List<Problem> problems = new ArrayList<>();
        ZonedDateTime at = moment(draft, problems);
        Map<Long, Integer> answers = answers(draft, items, problems);
        Temperature temperature = temperature(draft.temperature(), draft.temperatureUnit(), problems);
        Weight weight = weight(draft.weight(), draft.weightUnit(), problems);
        if (draft.note().length() > CheckIn.MAX_NOTE_LENGTH) {
            problems.add(Problem.of(Field.NOTE, "checkIn.note.tooLong", CheckIn.MAX_NOTE_LENGTH));
        }
        if (draft.otherProblem().strip().length() > CheckIn.MAX_OTHER_PROBLEM_LENGTH) {
            problems.add(Problem.of(Field.OTHER_PROBLEM, "checkIn.otherProblem.tooLong", CheckIn.MAX_OTHER_PROBLEM_LENGTH));
        }
        return Validated.of(problems, () -> new CheckIn(draft.id(), draft.isEdit() ? draft.uid() : CheckIn.newUid(),
                at, draft.recorder(), answers, draft.otherProblem(), temperature, weight, draft.note(), draft.signs()));
    }

    private ZonedDateTime moment(CheckInDraft draft, List<Problem> problems) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(draft.zone()));
        if (draft.date() == null) {
            problems.add(Problem.of(Field.DATE, "checkIn.date.required"));
            return null;
        }
        if (draft.date().isAfter(now.toLocalDate())) {
            problems.add(Problem.of(Field.DATE, "checkIn.date.future"));
            return null;
        }
        LocalTime time = draft.parsedTimeOrNull();
        if (time == null) {
            problems.add(Problem.of(Field.TIME, "checkIn.time.invalid"));
            return null;
        }
        // In a DST gap java.time moves the clock forward, as the wall clock itself did.
        ZonedDateTime at = ZonedDateTime.of(draft.date(), time, draft.zone());
        if (at.isAfter(now.plusMinutes(1))) {
            problems.add(Problem.of(Field.TIME, "checkIn.time.future"));
            return null;
        }
        return at;
    }

    private static Map<Long, Integer> answers(CheckInDraft draft, Collection<SymptomItem> items,
                                              List<Problem> problems) {
        Map<Long, Integer> answers = new HashMap<>();
        for (SymptomItem item : items) {
            String text = draft.answers().getOrDefault(item.id(), "").strip();
            if (text.isEmpty()) {
                continue; // unanswered: stored as absent, never as 0
            }
            Optional<Integer> value = WHOLE_NUMBER.matcher(text).matches()
                    ? Optional.of(Integer.parseInt(text)) : Optional.empty();
            if (value.isPresent() && item.kind().accepts(value.get())) {
                answers.put(item.id(), value.get());
            } else {
                String key = item.kind() == ItemKind.SCORE ? "checkIn.score.invalid" : "checkIn.count.invalid";
                problems.add(Problem.of(itemField(item.id()), key, item.kind().min(), item.kind().max()));
            }
        }
        return answers;
    }

    private static Temperature temperature(String text, TemperatureUnit unit, List<Problem> problems) {
        String range = unit == TemperatureUnit.CELSIUS ? "34.0–43.0 °C" : "93.2–109.4 °F";
        return reading(text, v -> Temperature.inRange(v, unit), v -> new Temperature(v, unit),
                Problem.of(Field.TEMPERATURE, "checkIn.temperature.invalid", range), problems);
    }

    private static Weight weight(String text, WeightUnit unit, List<Problem> problems) {
        BigDecimal[] range = Weight.rangeIn(unit);
        return reading(text, v -> Weight.inRange(v, unit), v -> new Weight(v, unit),
                Problem.of(Field.WEIGHT, "checkIn.weight.invalid", range[0].stripTrailingZeros().toPlainString() + "–"
                        + range[1].stripTrailingZeros().toPlainString() + " " + unit.symbol()), problems);
    }

    /** An optional reading: blank is none; a number in range is the reading; anything else is {@code problem}. */
    private static <T> T reading(String text, Predicate<BigDecimal> inRange, Function<BigDecimal, T> reading,
                                 Problem problem, List<Problem> problems) {
        if (DecimalInput.isBlank(text)) {
            return null;
        }
        Optional<BigDecimal> value = DecimalInput.parse(text).filter(inRange);
        if (value.isPresent()) {
            return reading.apply(value.get());
        }
        problems.add(DecimalInput.problemFor(text, problem));
        return null;
    }
}
