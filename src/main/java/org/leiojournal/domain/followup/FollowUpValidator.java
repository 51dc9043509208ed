package org.leiojournal.domain.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * Turns the follow-up form into a plan, or says line by line what is wrong. A visit every 0 or fewer months
 * cannot be drafted, so it is refused with its own message rather than a generic one.
 */
public final class FollowUpValidator {

    /** The fields its problems are about; FROM, UNTIL and EVERY are a line's ({@code Field.FROM.in(index)}). */
    public enum Field implements FieldId { END, LINES, FROM, UNTIL, EVERY }

    private FollowUpValidator() {
    }

    public static Validated<FollowUpPlan> validate(FollowUpDraft draft) {
        List<Problem> problems = new ArrayList<>();
        Checks.required(draft.treatmentEnd(), Field.END, "followUp.end.required", problems);
        if (draft.lines().isEmpty()) {
            problems.add(Problem.of(Field.LINES, "followUp.lines.none"));
        } else if (draft.lines().size() > FollowUpPlan.MAX_INTERVALS) {
            problems.add(Problem.of(Field.LINES, "followUp.lines.tooMany", FollowUpPlan.MAX_INTERVALS));
        }
        List<FollowUpInterval> intervals = new ArrayList<>();
        Optional<Integer> previousUntil = Optional.of(0);
        for (int i = 0; i < draft.lines().size(); i++) {
            FollowUpDraft.Line line = draft.lines().get(i);
            Optional<Integer> from = whole(line.from());
            Optional<Integer> until = until(i, line.until(), from, problems);
            Optional<Integer> every = every(i, line.every(), problems);
            // A line with a broken end already has its message; the next line is not blamed for it.
            if (previousUntil.isPresent() && !from.equals(previousUntil)) {
                problems.add(Problem.of(Field.FROM.in(i), "followUp.from.gap", previousUntil.get()));
            }
            previousUntil = until;
            if (from.isPresent() && until.isPresent() && every.isPresent()) {
                intervals.add(new FollowUpInterval(from.get(), until.get(), every.get()));
            }
        }
        return Validated.of(problems,
                () -> new FollowUpPlan(draft.treatmentEnd(), intervals, draft.scanKind(), draft.presetId()));
    }

    private static Optional<Integer> until(int i, String text, Optional<Integer> from, List<Problem> problems) {
        Optional<Integer> until = whole(text);
        if (until.isEmpty()) {
            problems.add(Problem.of(Field.UNTIL.in(i), "followUp.month.notWhole", text.strip()));
            return Optional.empty();
        }
        if (from.isPresent() && until.get() <= from.get()) {
            problems.add(Problem.of(Field.UNTIL.in(i), "followUp.until.notAfterFrom", from.get()));
            return Optional.empty();
        }
        if (until.get() > FollowUpInterval.MAX_UNTIL_MONTH) {
            problems.add(Problem.of(Field.UNTIL.in(i), "followUp.until.tooLate", FollowUpInterval.MAX_UNTIL_MONTH,
                    FollowUpInterval.MAX_UNTIL_MONTH / 12));
            return Optional.empty();
        }
        return until;
    }

    private static Optional<Integer> every(int i, String text, List<Problem> problems) {
        Optional<Integer> every = whole(text);
        if (every.isEmpty()) {
            problems.add(Problem.of(Field.EVERY.in(i), "followUp.month.notWhole", text.strip()));
            return Optional.empty();
        }
        if (every.get() < 1) {
            problems.add(Problem.of(Field.EVERY.in(i), "followUp.every.notPositive", every.get(),
                    FollowUpInterval.MAX_EVERY_MONTHS));
            return Optional.empty();
        }
        if (every.get() > FollowUpInterval.MAX_EVERY_MONTHS) {
            problems.add(Problem.of(Field.EVERY.in(i), "followUp.every.tooLong", FollowUpInterval.MAX_EVERY_MONTHS));
            return Optional.empty();
        }
        return every;
    }

    /** A whole number as typed, with or without a sign; empty for anything else. */
    private static Optional<Integer> whole(String text) {
        String stripped = text.strip();
        if (!stripped.matches("[+-]?\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(stripped));
    }
}
