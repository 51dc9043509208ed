package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Required;
import org.leiojournal.domain.validation.Validated;

/**
 * A course of radiotherapy, given or planned, from its first to its last day. {@code chestOrMediastinal} records
 * whether the chest or mediastinum was treated: the care team weighs that alongside the lifetime doxorubicin total.
 * An id of 0 means not saved yet.
 */
public record Radiotherapy(long id, LocalDate start, LocalDate end, Optional<Integer> fractions, String site,
                           String technique, boolean chestOrMediastinal, String note) {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { START, END, FRACTIONS, SITE, TECHNIQUE, NOTE }

    public static final int MAX_FRACTIONS = 100;
    public static final int MAX_TEXT_LENGTH = 120;
    public static final int MAX_NOTE_LENGTH = 2_000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");

    public Radiotherapy {
        Required.all("start, end, fractions", start, end, fractions);
        site = site == null ? "" : site.strip();
        technique = technique == null ? "" : technique.strip();
        note = note == null ? "" : note;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("radiotherapy cannot end before it starts");
        }
        if (fractions.filter(f -> f < 1 || f > MAX_FRACTIONS).isPresent()) {
            throw new IllegalArgumentException("fractions out of range");
        }
        if (site.length() > MAX_TEXT_LENGTH || technique.length() > MAX_TEXT_LENGTH
                || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("radiotherapy text too long");
        }
    }

    /** The course the form describes, or the problems field by field. Planned courses may lie in the future. */
    public static Validated<Radiotherapy> validate(RadiotherapyDraft draft) {
        List<Problem> problems = new ArrayList<>();
        Checks.required(draft.start(), Field.START, "radiotherapy.start.required", problems);
        if (draft.end() == null) {
            problems.add(Problem.of(Field.END, "radiotherapy.end.required"));
        } else if (draft.start() != null && draft.end().isBefore(draft.start())) {
            problems.add(Problem.of(Field.END, "radiotherapy.end.beforeStart"));
        }
        Optional<Integer> fractions = fractions(draft.fractions(), problems);
        Checks.length(draft.site().strip(), MAX_TEXT_LENGTH, Field.SITE, problems);
        Checks.length(draft.technique().strip(), MAX_TEXT_LENGTH, Field.TECHNIQUE, problems);
        Checks.length(draft.note(), MAX_NOTE_LENGTH, Field.NOTE, problems);
        return Validated.of(problems, () -> new Radiotherapy(draft.id(), draft.start(), draft.end(), fractions,
                draft.site(), draft.technique(), draft.chestOrMediastinal(), draft.note()));
    }

    /** Blank means not known; otherwise a whole number from 1 to {@value #MAX_FRACTIONS}. */
    private static Optional<Integer> fractions(String text, List<Problem> problems) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (WHOLE_NUMBER.matcher(trimmed).matches()) {
            int value = Integer.parseInt(trimmed);
            if (value >= 1 && value <= MAX_FRACTIONS) {
                return Optional.of(value);
            }
        }
        problems.add(Problem.of(Field.FRACTIONS, "radiotherapy.fractions.invalid", MAX_FRACTIONS));
        return Optional.empty();
    }

    public Radiotherapy withId(long newId) {
        return new Radiotherapy(newId, start, end, fractions, site, technique, chestOrMediastinal, note);
    }
}
