package org.leiojournal.domain.treatment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leiojournal.domain.measure.DecimalInput;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Required;
import org.leiojournal.domain.validation.Validated;

/**
 * A heart scan result as the report gives it: the left ventricular ejection fraction (LVEF) in percent. Kept so the
 * user can show their team the trend while on doxorubicin. An id of 0 means not saved yet.
 */
public record HeartScan(long id, LocalDate date, HeartScanKind kind, BigDecimal lvefPercent, String note) {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { DATE, LVEF, NOTE }

    public static final int MAX_NOTE_LENGTH = 2_000;

    /*
     * 5–95 % only catches typing slips (a missing digit, a value typed into the wrong field). It is not a clinical
     * judgement: the app never says whether an LVEF is normal or worrying; that is for the care team.
     */
    public static final BigDecimal MIN_LVEF = BigDecimal.valueOf(5);
    public static final BigDecimal MAX_LVEF = BigDecimal.valueOf(95);

    public HeartScan {
        Required.all("date, kind, lvefPercent", date, kind, lvefPercent);
        note = note == null ? "" : note;
        if (!inRange(lvefPercent) || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("LVEF out of range or note too long");
        }
    }

    /** The scan the form describes, or the problems field by field. A scan cannot be dated after today. */
    public static Validated<HeartScan> validate(long id, LocalDate date, HeartScanKind kind, String lvef, String note,
                                                Clock clock) {
        Objects.requireNonNull(kind, "kind");
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of(Field.DATE, "heartScan.date.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of(Field.DATE, "heartScan.date.future"));
        }
        Optional<BigDecimal> value = DecimalInput.parse(lvef).filter(HeartScan::inRange);
        if (value.isEmpty()) {
            problems.add(DecimalInput.problemFor(lvef, MAX_LVEF, Problem.of(Field.LVEF, "heartScan.lvef.tooLarge",
                    MAX_LVEF, MIN_LVEF), Problem.of(Field.LVEF, "heartScan.lvef.invalid", MIN_LVEF, MAX_LVEF)));
        }
        Checks.length(note, MAX_NOTE_LENGTH, Field.NOTE, problems);
        return Validated.of(problems, () -> new HeartScan(id, date, kind, value.get(), note));
    }

    private static boolean inRange(BigDecimal value) {
        return value.compareTo(MIN_LVEF) >= 0 && value.compareTo(MAX_LVEF) <= 0;
    }

    public HeartScan withId(long newId) {
        return new HeartScan(newId, date, kind, lvefPercent, note);
    }
}
