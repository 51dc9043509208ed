package org.leiojournal.domain.treatment;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leiojournal.domain.measure.TimeInput;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** Turns a medicine form into a medicine, or says field by field what is wrong. Nothing is guessed. */
public final class MedicineValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { NAME, DOSE, TIMES, START, END, NOTE }

    /** Times are separated by commas, semicolons or spaces. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private MedicineValidator() {
    }

    public static Validated<Medicine> validate(MedicineDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String name = draft.name().strip();
        if (name.isEmpty() || name.length() > Medicine.MAX_NAME_LENGTH) {
            problems.add(Problem.of(Field.NAME, "medicine.name.required", Medicine.MAX_NAME_LENGTH));
        }
        if (draft.dose().strip().length() > Medicine.MAX_DOSE_LENGTH) {
            problems.add(Problem.of(Field.DOSE, "medicine.dose.tooLong", Medicine.MAX_DOSE_LENGTH));
        }
        List<LocalTime> times = times(draft, problems);
        if (draft.start() == null) {
            problems.add(Problem.of(Field.START, "medicine.start.required"));
        } else if (draft.end() != null && draft.end().isBefore(draft.start())) {
            problems.add(Problem.of(Field.END, "medicine.end.beforeStart"));
        }
        if (draft.note().length() > Medicine.MAX_NOTE_LENGTH) {
            problems.add(Problem.of(Field.NOTE, "medicine.note.tooLong", Medicine.MAX_NOTE_LENGTH));
        }
        return Validated.of(problems, () -> new Medicine(draft.id(), name, draft.dose(), draft.schedule(), times,
                draft.start(), Optional.ofNullable(draft.end()), draft.note()));
    }

    private static List<LocalTime> times(MedicineDraft draft, List<Problem> problems) {
        String text = draft.times().strip();
        if (draft.schedule() == MedicineSchedule.AS_NEEDED) {
            if (!text.isEmpty()) {
                problems.add(Problem.of(Field.TIMES, "medicine.times.asNeeded"));
            }
            return List.of();
        }
        if (text.isEmpty()) {
            problems.add(Problem.of(Field.TIMES, "medicine.times.required"));
            return List.of();
        }
        List<LocalTime> times = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            Optional<LocalTime> time = TimeInput.parse(token);
            if (time.isEmpty()) {
                problems.add(Problem.of(Field.TIMES, "medicine.times.invalid", token));
                return List.of();
            }
            if (times.contains(time.get())) {
                problems.add(Problem.of(Field.TIMES, "medicine.times.duplicate", MedicineDraft.time(time.get())));
                return List.of();
            }
            times.add(time.get());
        }
        return times;
    }
}
