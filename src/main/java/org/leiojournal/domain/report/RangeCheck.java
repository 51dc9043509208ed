package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.validation.Problem;

/** What is wrong with the dates a user typed for a report: missing, backwards, or reaching into the future. */
public final class RangeCheck {

    public static final String FROM = "reportFrom";
    public static final String TO = "reportTo";
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
            problems.add(Problem.of(FROM, MISSING));
        } else if (from.isBefore(EARLIEST)) {
            problems.add(Problem.of(FROM, TOO_EARLY));
        } else if (from.isAfter(today)) {
            problems.add(Problem.of(FROM, FUTURE));
        }
        if (to == null) {
            problems.add(Problem.of(TO, MISSING));
        } else if (to.isAfter(today)) {
            problems.add(Problem.of(TO, FUTURE));
        } else if (from != null && to.isBefore(from)) {
            problems.add(Problem.of(TO, BACKWARDS));
        }
        return problems;
    }
}
