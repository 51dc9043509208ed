package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;

/** What is wrong with the dates a user typed for a report: missing, backwards, or reaching into the future. */
public final class RangeCheck {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId { FROM, TO }

    public static final String MISSING = "report.range.missing";
    public static final String TOO_EARLY = "report.range.tooEarly";
    public static final String FUTURE = "report.range.future";
    public static final String BACKWARDS = "report.range.backwards";
    /** Journals hold nothing older; an earlier date is a typing slip. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private RangeCheck() {
    }

    /** The problems with {@code from} and {@code to} (either may be null) on {@code today}; empty when usable. */
    public static List<Problem> check(LocalDate from, LocalDate to, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(Problem.of(Field.FROM, MISSING));
        } else if (from.isBefore(EARLIEST)) {
            problems.add(Problem.of(Field.FROM, TOO_EARLY));
        } else if (from.isAfter(today)) {
            problems.add(Problem.of(Field.FROM, FUTURE));
        }
        if (to == null) {
            problems.add(Problem.of(Field.TO, MISSING));
        } else if (to.isAfter(today)) {
            problems.add(Problem.of(Field.TO, FUTURE));
        } else if (from != null && to.isBefore(from)) {
            problems.add(Problem.of(Field.TO, BACKWARDS));
        }
        return problems;
    }
}
