package org.leiojournal.domain.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** Typed intervals become a plan, or each slip gets its own message under its own field; nothing is guessed. */
class FollowUpValidatorTest {

    private static final LocalDate END = LocalDate.of(2025, 11, 30);

    private static Validated<FollowUpPlan> validate(LocalDate end, FollowUpDraft.Line... lines) {
        return FollowUpValidator.validate(new FollowUpDraft(end, List.of(lines), Optional.of(AppointmentKind.CT),
                Optional.of("esmo-low-grade")));
    }

    private static FollowUpDraft.Line line(String from, String until, String every) {
        return new FollowUpDraft.Line(from, until, every);
    }

    private static Problem only(Validated<FollowUpPlan> result) {
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), result.problems().toString());
        return result.problems().get(0);
    }

    @Test
    void aCompletePlanIsValid() {
        FollowUpPlan plan = validate(END, line("0", " 24 ", "3"), line("24", "60", "+6")).value().orElseThrow();
        assertEquals(List.of(new FollowUpInterval(0, 24, 3), new FollowUpInterval(24, 60, 6)), plan.intervals());
        assertEquals(Optional.of(AppointmentKind.CT), plan.scanKind());
        assertEquals(Optional.of("esmo-low-grade"), plan.presetId());
        assertEquals(END, plan.treatmentEnd());
    }

    @Test
    void zeroMonthsBetweenVisitsIsRefusedWithItsOwnMessage() {
        Problem problem = only(validate(END, line("0", "24", "0")));
        assertEquals(Problem.of(FollowUpValidator.Field.EVERY.in(0), "followUp.every.notPositive", 0, 24), problem);
    }

    @Test
    void negativeMonthsBetweenVisitsAreRefusedWithTheSameMessage() {
        Problem problem = only(validate(END, line("0", "24", "3"), line("24", "60", "-1")));
        assertEquals(Problem.of(FollowUpValidator.Field.EVERY.in(1), "followUp.every.notPositive", -1, 24), problem);
    }

    @Test
    void moreThanTwoYearsBetweenVisitsIsTakenForASlip() {
        assertEquals(Problem.of(FollowUpValidator.Field.EVERY.in(0), "followUp.every.tooLong", 24),
                only(validate(END, line("0", "60", "25"))));
    }

    @Test
    void textThatIsNotAWholeNumberIsShownBackInTheMessage() {
        assertEquals(Problem.of(FollowUpValidator.Field.EVERY.in(0), "followUp.month.notWhole", "3.5"),
                only(validate(END, line("0", "24", "3.5"))));
        assertEquals(Problem.of(FollowUpValidator.Field.UNTIL.in(0), "followUp.month.notWhole", "two years"),
                only(validate(END, line("0", "two years", "3"))));
        assertEquals(Problem.of(FollowUpValidator.Field.EVERY.in(0), "followUp.month.notWhole", ""),
                only(validate(END, line("0", "24", " "))));
    }

    @Test
    void aLineMustEndAfterItStarts() {
        assertEquals(Problem.of(FollowUpValidator.Field.UNTIL.in(1), "followUp.until.notAfterFrom", 24),
                only(validate(END, line("0", "24", "3"), line("24", "24", "6"))));
        assertEquals(Problem.of(FollowUpValidator.Field.UNTIL.in(1), "followUp.until.notAfterFrom", 24),
                only(validate(END, line("0", "24", "3"), line("24", "12", "6"))));
    }

    @Test
    void aLineCannotReachBeyondTwentyYears() {
        assertEquals(Problem.of(FollowUpValidator.Field.UNTIL.in(0), "followUp.until.tooLate", 240, 20),
                only(validate(END, line("0", "241", "12"))));
    }

    @Test
    void linesFollowEachOtherWithoutGapsOrOverlapsFromMonthZero() {
        assertEquals(Problem.of(FollowUpValidator.Field.FROM.in(0), "followUp.from.gap", 0),
                only(validate(END, line("3", "24", "3"))));
        assertEquals(Problem.of(FollowUpValidator.Field.FROM.in(1), "followUp.from.gap", 24),
                only(validate(END, line("0", "24", "3"), line("36", "60", "6"))));
        assertEquals(Problem.of(FollowUpValidator.Field.FROM.in(1), "followUp.from.gap", 24),
                only(validate(END, line("0", "24", "3"), line("12", "60", "6"))));
    }

    @Test
    void aBrokenEndIsNotBlamedOnTheNextLineToo() {
        Validated<FollowUpPlan> result = validate(END, line("0", "x", "3"), line("x", "60", "6"));
        assertEquals(List.of(Problem.of(FollowUpValidator.Field.UNTIL.in(0), "followUp.month.notWhole", "x")),
                result.problems());
    }

    @Test
    void theEndOfTreatmentIsRequired() {
        assertEquals(Problem.of(FollowUpValidator.Field.END, "followUp.end.required"),
                only(validate(null, line("0", "24", "3"))));
    }

    @Test
    void aPlanNeedsOneToTenLines() {
        assertEquals(Problem.of(FollowUpValidator.Field.LINES, "followUp.lines.none"), only(validate(END)));
        FollowUpDraft.Line[] eleven = new FollowUpDraft.Line[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = line(String.valueOf(i * 12), String.valueOf(i * 12 + 12), "6");
        }
        assertEquals(Problem.of(FollowUpValidator.Field.LINES, "followUp.lines.tooMany", 10), only(validate(END, eleven)));
    }

    @Test
    void everyProblemOfAFormIsReportedAtOnce() {
        Validated<FollowUpPlan> result = validate(null, line("0", "24", "0"), line("24", "12", "-3"));
        assertEquals(List.of(FollowUpValidator.Field.END, FollowUpValidator.Field.EVERY.in(0), FollowUpValidator.Field.UNTIL.in(1),
                FollowUpValidator.Field.EVERY.in(1)), result.problems().stream().map(Problem::field).toList());
    }
}
