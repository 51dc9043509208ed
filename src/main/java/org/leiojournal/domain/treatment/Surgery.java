package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** An operation, done or planned: a date in the future is a planned operation. An id of 0 means not saved yet. */
public record Surgery(long id, LocalDate date, String procedure, String site, String note) {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { DATE, PROCEDURE, SITE, NOTE }

    public static final int MAX_TEXT_LENGTH = 120;
    public static final int MAX_NOTE_LENGTH = 2_000;

    public Surgery {
        Objects.requireNonNull(date, "date");
        procedure = procedure == null ? "" : procedure.strip();
        site = site == null ? "" : site.strip();
        note = note == null ? "" : note;
        if (procedure.isEmpty() || procedure.length() > MAX_TEXT_LENGTH || site.length() > MAX_TEXT_LENGTH
                || note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("surgery text missing or too long");
        }
    }

    /** The surgery these form values describe, or the problems field by field. */
    public static Validated<Surgery> validate(long id, LocalDate date, String procedure, String site, String note) {
        List<Problem> problems = new ArrayList<>();
        Checks.required(date, Field.DATE, "surgery.date.required", problems);
        String name = procedure == null ? "" : procedure.strip();
        if (name.isEmpty() || name.length() > MAX_TEXT_LENGTH) {
            problems.add(Problem.of(Field.PROCEDURE, "surgery.procedure.required", MAX_TEXT_LENGTH));
        }
        Checks.length(site == null ? null : site.strip(), MAX_TEXT_LENGTH, Field.SITE, problems);
        Checks.length(note, MAX_NOTE_LENGTH, Field.NOTE, problems);
        return Validated.of(problems, () -> new Surgery(id, date, procedure, site, note));
    }

    public Surgery withId(long newId) {
        return new Surgery(newId, date, procedure, site, note);
    }
}
