package org.leiojournal.domain.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Turns the profile form (first-start welcome and Settings) into a profile, or says field by field what is wrong:
 * a name of at most 80 characters, a call threshold from 37.5 to 38.0 °C in the chosen unit, 0 to 20 usual stools,
 * an optional date of birth from 1 Jan 1900 to yesterday, and emergency-sheet texts that fit on the sheet.
 */
public final class ProfileValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId {
        NAME, THRESHOLD, USUAL_STOOLS, DATE_OF_BIRTH, LINE_NOTE, ALLERGIES, OTHER_MEDICINES
    }

    private ProfileValidator() {
    }

    /** {@code clock} says which day is today, the latest date of birth taken being yesterday. */
    public static Validated<Profile> validate(ProfileDraft draft, boolean welcomeCompleted, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        if (draft.name().strip().length() > Profile.MAX_NAME_LENGTH) {
            problems.add(Problem.of(Field.NAME, "profile.name.tooLong", Profile.MAX_NAME_LENGTH));
        }
        Optional<BigDecimal> celsius = threshold(draft, problems);
        Optional<Integer> stools = usualStools(draft.usualStools(), problems);
        Optional<LocalDate> born = Optional.ofNullable(draft.dateOfBirth())
                .filter(d -> Profile.dateOfBirthAllowed(d, LocalDate.now(clock)));
        if (draft.dateOfBirthTyped() && born.isEmpty()) {
            problems.add(Problem.of(Field.DATE_OF_BIRTH, "profile.dateOfBirth.invalid"));
        }
        checkLength(draft.lineNote(), Field.LINE_NOTE, problems);
        checkLength(draft.allergies(), Field.ALLERGIES, problems);
        checkLength(draft.otherMedicines(), Field.OTHER_MEDICINES, problems);
        return Validated.of(problems, () -> new Profile(draft.name(), draft.usualRecorder(), draft.temperatureUnit(),
                draft.weightUnit(), celsius.get(), welcomeCompleted, stools.get(), born,
                new EmergencyDetails(draft.line(), draft.lineNote(), draft.allergies(), draft.otherMedicines())));
    }

    /** "37.5" or "99.5": a threshold held in °C as the form shows it in {@code unit}, to one decimal. */
    public static String thresholdText(BigDecimal celsius, TemperatureUnit unit) {
        return unit.fromCelsius(celsius).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static Optional<BigDecimal> threshold(ProfileDraft draft, List<Problem> problems) {
        TemperatureUnit unit = draft.temperatureUnit();
        Optional<BigDecimal> celsius = DecimalInput.parse(draft.threshold()).map(unit::toCelsius)
                .filter(Profile::thresholdAllowed);
        if (celsius.isEmpty()) {
            problems.add(DecimalInput.problemFor(draft.threshold(), Problem.of(Field.THRESHOLD,
                    "profile.threshold.invalid", thresholdText(Profile.MIN_THRESHOLD_CELSIUS, unit),
                    thresholdText(Profile.MAX_THRESHOLD_CELSIUS, unit), unit.symbol())));
        }
        return celsius;
    }

    private static Optional<Integer> usualStools(String typed, List<Problem> problems) {
        Optional<Integer> stools = Optional.of(typed.strip()).filter(t -> t.matches("\\d{1,2}"))
                .map(Integer::parseInt).filter(Profile::usualStoolsAllowed);
        if (stools.isEmpty()) {
            problems.add(Problem.of(Field.USUAL_STOOLS, "profile.usualStools.invalid", Profile.MAX_USUAL_STOOLS));
        }
        return stools;
    }

    private static void checkLength(String text, FieldId field, List<Problem> problems) {
        if (!EmergencyDetails.textAllowed(text)) {
            problems.add(Problem.of(field, "profile.emergency.tooLong", EmergencyDetails.MAX_TEXT,
                    text.strip().length()));
        }
    }
}
