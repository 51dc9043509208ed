package org.leiojournal.domain.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/**
 * The appointment form: every field that can be typed wrong, "now" from a fixed clock, and wall-clock times on the
 * nights the clocks change in London (29 March 2026 forward, 25 October 2026 back).
 */
class AppointmentValidatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Sunday 1 March 2026, 09:30 in London (GMT, so 09:30 UTC). */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, LONDON);
    private static final Clock CLOCK = Clock.fixed(NOW.toInstant(), LONDON);
    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 3, 8);
    private static final LocalDate CLOCKS_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate CLOCKS_BACK = LocalDate.of(2026, 10, 25);

    /** The form as the user fills it in; starts as a valid clinic visit next week. */
    private static final class Form {
        long id;
        AppointmentKind kind = AppointmentKind.CLINIC_VISIT;
        String title = "Sarcoma clinic";
        LocalDate date = NEXT_WEEK;
        String start = "09:30";
        String end = "";
        ZoneId zone = LONDON;
        String place = "Royal Marsden, Fulham Road";
        String clinician = "Dr Patel";
        List<AppointmentDraft.Step> preparation = new ArrayList<>();
        List<AppointmentDraft.Ask> questions = new ArrayList<>();
        AppointmentStatus status = AppointmentStatus.BOOKED;
        String result = "";

        AppointmentDraft draft() {
            return new AppointmentDraft(id, kind, title, date, start, end, zone, place, clinician, preparation,
                    questions, status, result);
        }

        Validated<Appointment> validate() {
            return AppointmentValidator.validate(draft(), CLOCK);
        }

        Appointment valid() {
            Validated<Appointment> result = validate();
            assertEquals(List.of(), result.problems());
            return result.value().orElseThrow();
        }
    }

    /** Asserts the form is refused with exactly this one problem, and returns it. */
    private static Problem onlyProblem(Form form, FieldId field, String key) {
        Validated<Appointment> result = form.validate();
        assertFalse(result.isValid(), "nothing is built");
        assertEquals(Optional.empty(), result.value());
        assertEquals(List.of(field), result.problems().stream().map(Problem::field).toList(), "the right field");
        Problem problem = result.problemFor(field).orElseThrow();
        assertEquals(key, problem.messageKey());
        return problem;
    }

    // ---- what a valid form becomes ----

    @Test
    void aFilledInFormBecomesTheAppointment() {
        Form form = new Form();
        form.title = "  Sarcoma clinic ";
        form.end = "10:15";
        form.place = " Royal Marsden ";
        form.clinician = " Dr Patel ";
        form.preparation.add(new AppointmentDraft.Step(" Bring the list of medicines ", 0));
        form.preparation.add(new AppointmentDraft.Step("Nothing to eat after midnight", 12));
        form.questions.add(new AppointmentDraft.Ask(" When is the next CT? ", QuestionState.OPEN, ""));
        form.questions.add(new AppointmentDraft.Ask("Can I travel in May?", QuestionState.ANSWERED, "yes"));
        Appointment a = form.valid();
        assertEquals(0, a.id());
        assertEquals(AppointmentKind.CLINIC_VISIT, a.kind());
        assertEquals("Sarcoma clinic", a.title());
        assertEquals(LocalDateTime.of(2026, 3, 8, 9, 30), a.start());
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 8, 10, 15)), a.end());
        assertEquals(LONDON, a.zone());
        assertEquals("Royal Marsden", a.place());
        assertEquals("Dr Patel", a.clinician());
        assertEquals(List.of(PreparationStep.withoutReminder("Bring the list of medicines"),
                PreparationStep.hoursBefore("Nothing to eat after midnight", 12)), a.preparation());
        assertEquals(Optional.of(Duration.ofHours(12)), a.preparation().get(1).remindBefore());
        assertEquals(List.of(Question.open("When is the next CT?"),
                new Question("Can I travel in May?", QuestionState.ANSWERED, "yes")), a.questions());
        assertEquals(AppointmentStatus.BOOKED, a.status());
    }

    @Test
    void noEndTimeMeansNoEnd() {
        Form form = new Form();
        form.end = "   ";
        assertEquals(Optional.empty(), form.valid().end());
    }

    @ParameterizedTest(name = "''{0}'' is 09:30")
    @ValueSource(strings = {"9:30", "0930", "9.30", " 09:30 "})
    void startTimesAreReadAsPeopleTypeThem(String typed) {
        Form form = new Form();
        form.start = typed;
        form.end = "1045";
        Appointment a = form.valid();
        assertEquals(LocalTime.of(9, 30), a.start().toLocalTime());
        assertEquals(Optional.of(LocalTime.of(10, 45)), a.end().map(LocalDateTime::toLocalTime));
    }

    @Test
    void noStatusChosenIsBooked() {
        Form form = new Form();
        form.status = null;
        assertEquals(AppointmentStatus.BOOKED, form.valid().status());
    }

    @Test
    void anAppointmentInAnotherZoneKeepsItsOwnZoneAndWallClockTime() {
        // Summer: London is UTC+1, New York UTC−4. Now is 14:00 in London = 13:00 UTC = 09:00 in New York.
        Clock summer = Clock.fixed(ZonedDateTime.of(2026, 6, 1, 14, 0, 0, 0, LONDON).toInstant(), LONDON);
        Form form = new Form();
        form.zone = NEW_YORK;
        form.date = LocalDate.of(2026, 6, 1);
        form.start = "10:00";
        Appointment a = AppointmentValidator.validate(form.draft(), summer).value().orElseThrow();
        assertEquals(NEW_YORK, a.zone());
        assertEquals(LocalDateTime.of(2026, 6, 1, 10, 0), a.start(), "the time on the letter, not converted");
        assertEquals(ZonedDateTime.of(2026, 6, 1, 15, 0, 0, 0, LONDON).toInstant(), a.startMoment().toInstant());

        // 08:30 in New York already passed (12:30 UTC), though 08:30 is still ahead on a London clock face.
        form.start = "08:30";
        Validated<Appointment> past = AppointmentValidator.validate(form.draft(), summer);
        assertEquals("appointment.past.upcoming",
                past.problemFor(AppointmentValidator.Field.DATE).map(Problem::messageKey).orElse(""));
    }

    @Test
    void noZoneGivenIsTheClocksZone() {
        Form form = new Form();
        form.zone = null;
        assertEquals(LONDON, form.valid().zone());
    }

    @Test
    void aSavedAppointmentOpenedForEditingValidatesBackToItself() {
        Form form = new Form();
        form.end = "11:05";
        form.preparation.add(new AppointmentDraft.Step("Blood test the day before", 24));
        form.questions.add(new AppointmentDraft.Ask("Scan results?", QuestionState.CARRIED_OVER, "next time"));
        Appointment saved = form.valid().withId(12);
        assertEquals(saved, AppointmentValidator.validate(AppointmentDraft.of(saved), CLOCK).value().orElseThrow());
    }

    // ---- missing or unreadable ----

    @Test
    void anEmptyKindIsRefused() {
        Form form = new Form();
        form.kind = null;
        onlyProblem(form, AppointmentValidator.Field.KIND, "appointment.kind.required");
    }

    @Test
    void noDateIsRefused() {
        Form form = new Form();
        form.date = null;
        onlyProblem(form, AppointmentValidator.Field.DATE, "appointment.date.required");
    }

    @ParameterizedTest(name = "start ''{0}''")
    @ValueSource(strings = {"25:00", "abc", "9:75"})
    void anUnreadableStartTimeIsRefused(String typed) {
        Form form = new Form();
        form.start = typed;
        Problem problem = onlyProblem(form, AppointmentValidator.Field.START, "appointment.time.invalid");
        assertEquals(List.of(typed.strip()), problem.args(), "the message quotes what was typed");
    }

    @ParameterizedTest(name = "start ''{0}''")
    @ValueSource(strings = {"", "   "})
    void aMissingStartTimeIsAskedFor(String typed) {
        Form form = new Form();
        form.start = typed;
        onlyProblem(form, AppointmentValidator.Field.START, "appointment.time.required");
    }

    @Test
    void anUnreadableEndTimeIsRefused() {
        Form form = new Form();
        form.end = "half ten";
        Problem problem = onlyProblem(form, AppointmentValidator.Field.END, "appointment.time.invalid");
        assertEquals(List.of("half ten"), problem.args());
    }

    @ParameterizedTest(name = "09:30 to {0}")
    @ValueSource(strings = {"09:29", "09:30", "08:00", "00:00"})
    void anEndBeforeOrAtTheStartIsRefused(String end) {
        Form form = new Form();
        form.end = end;
        onlyProblem(form, AppointmentValidator.Field.END, "appointment.end.beforeStart");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Form form = new Form();
        form.kind = null;
        form.start = "abc";
        form.end = "xyz";
        form.title = "t".repeat(201);
        form.result = "r".repeat(4_001);
        Validated<Appointment> result = form.validate();
        assertFalse(result.isValid());
        assertEquals(List.of(AppointmentValidator.Field.KIND, AppointmentValidator.Field.START, AppointmentValidator.Field.END,
                AppointmentValidator.Field.TITLE, AppointmentValidator.Field.RESULT),
                result.problems().stream().map(Problem::field).toList());
    }

    // ---- status against now ----

    @ParameterizedTest(name = "{0} yesterday")
    @EnumSource(value = AppointmentStatus.class, names = {"BOOKED", "TO_BOOK"})
    void anUpcomingAppointmentYesterdayIsRefused(AppointmentStatus status) {
        Form form = new Form();
        form.status = status;
        form.date = NOW.toLocalDate().minusDays(1);
        onlyProblem(form, AppointmentValidator.Field.DATE, "appointment.past.upcoming");
    }

    @ParameterizedTest(name = "{0} a minute ago")
    @EnumSource(value = AppointmentStatus.class, names = {"BOOKED", "TO_BOOK"})
    void anUpcomingAppointmentEarlierTodayByAMinuteIsRefused(AppointmentStatus status) {
        Form form = new Form();
        form.status = status;
        form.date = NOW.toLocalDate();
        form.start = "09:29";
        onlyProblem(form, AppointmentValidator.Field.DATE, "appointment.past.upcoming");

        form.start = "09:30";
        assertTrue(form.validate().isValid(), "right now is not the past yet");
        form.start = "09:31";
        assertTrue(form.validate().isValid());
    }

    @Test
    void anAppointmentThatHasJustPassedCanStillBeEditedAsSaved() {
        Form form = new Form();
        form.date = NOW.toLocalDate();
        form.start = "09:00";
        Appointment saved = new Appointment(7, AppointmentKind.CLINIC_VISIT, "Sarcoma clinic",
                NOW.toLocalDate().atTime(9, 0), Optional.empty(), LONDON, "", "", List.of(), List.of(),
                AppointmentStatus.BOOKED, "");
        form.questions.add(new AppointmentDraft.Ask("When is the next CT?", QuestionState.ANSWERED, ""));
        assertTrue(AppointmentValidator.validate(form.draft(), CLOCK, Optional.of(saved)).isValid(),
                "ticking a question off in the waiting room keeps the appointment as it was");

        form.start = "09:15";
        assertEquals("appointment.past.upcoming", AppointmentValidator.validate(form.draft(), CLOCK,
                Optional.of(saved)).problemFor(AppointmentValidator.Field.DATE).map(Problem::messageKey).orElse(""),
                "moved, still in the past: refused");

        form.start = "09:00";
        assertEquals("appointment.past.upcoming", AppointmentValidator.validate(form.draft(), CLOCK,
                Optional.of(saved.withStatus(AppointmentStatus.ATTENDED))).problemFor(AppointmentValidator.Field.DATE)
                .map(Problem::messageKey).orElse(""), "an attended visit cannot be marked as to come again");
    }

    @ParameterizedTest(name = "{0} in the past")
    @EnumSource(value = AppointmentStatus.class, names = {"ATTENDED", "CANCELLED"})
    void aPastAppointmentCanBeAttendedOrCancelled(AppointmentStatus status) {
        Form form = new Form();
        form.status = status;
        form.date = NOW.toLocalDate().minusMonths(2);
        form.result = "CT: stable disease";
        Appointment a = form.valid();
        assertEquals(status, a.status());
        assertEquals("CT: stable disease", a.result());
    }

    @Test
    void aFutureAppointmentCannotBeAttended() {
        Form form = new Form();
        form.status = AppointmentStatus.ATTENDED;
        form.date = NOW.toLocalDate();
        form.start = "09:31";
        onlyProblem(form, AppointmentValidator.Field.STATUS, "appointment.future.attended");
        form.date = NEXT_WEEK;
        onlyProblem(form, AppointmentValidator.Field.STATUS, "appointment.future.attended");

        form.status = AppointmentStatus.CANCELLED;
        assertTrue(form.validate().isValid(), "a future appointment can be cancelled");
    }

    // ---- the nights the clocks change ----

    @ParameterizedTest(name = "start {0} on 29 March")
    @ValueSource(strings = {"01:00", "01:30", "01:59"})
    void aStartTheClocksSkipIsRefused(String start) {
        Form form = new Form();
        form.date = CLOCKS_FORWARD;
        form.start = start;
        Problem problem = onlyProblem(form, AppointmentValidator.Field.START, "appointment.time.skipped");
        assertEquals(List.of("Europe/London"), problem.args());
    }

    @Test
    void anEndTheClocksSkipIsRefused() {
        Form form = new Form();
        form.date = CLOCKS_FORWARD;
        form.start = "00:30";
        form.end = "01:30";
        Problem problem = onlyProblem(form, AppointmentValidator.Field.END, "appointment.time.skipped");
        assertEquals(List.of("Europe/London"), problem.args());

        form.end = "02:00";
        assertEquals(Optional.of(LocalDateTime.of(2026, 3, 29, 2, 0)), form.valid().end(), "02:00 BST exists");
    }

    @Test
    void anAmbiguousTimeWhenTheClocksGoBackIsAccepted() {
        Form form = new Form();
        form.date = CLOCKS_BACK;
        form.start = "01:30";
        form.end = "01:45";
        Appointment a = form.valid();
        assertEquals(LocalDateTime.of(2026, 10, 25, 1, 30), a.start());
        assertEquals(Optional.of(LocalDateTime.of(2026, 10, 25, 1, 45)), a.end());
        assertEquals(LONDON, a.zone());
        assertEquals(ZoneOffset.ofHours(1), a.startMoment().getOffset(), "the first 01:30, still summer time");
    }

    // ---- lengths and lists ----

    @Test
    void textsUpToTheirLimitAreKept() {
        Form form = new Form();
        form.title = "t".repeat(Appointment.MAX_TEXT_LENGTH);
        form.place = "p".repeat(Appointment.MAX_TEXT_LENGTH);
        form.clinician = "c".repeat(Appointment.MAX_TEXT_LENGTH);
        form.result = "r".repeat(Appointment.MAX_RESULT_LENGTH);
        form.preparation.add(new AppointmentDraft.Step("s".repeat(PreparationStep.MAX_LENGTH), 1));
        form.questions.add(new AppointmentDraft.Ask("q".repeat(Question.MAX_LENGTH), QuestionState.ANSWERED,
                "a".repeat(Question.MAX_LENGTH)));
        Appointment a = form.valid();
        assertEquals(Appointment.MAX_TEXT_LENGTH, a.title().length());
        assertEquals(Appointment.MAX_RESULT_LENGTH, a.result().length());
        assertEquals(1, a.preparation().size());
        assertEquals(1, a.questions().size());
    }

    @Test
    void aTitleTooLongIsRefused() {
        Form form = new Form();
        form.title = "t".repeat(201);
        Problem problem = onlyProblem(form, AppointmentValidator.Field.TITLE, "text.tooLong");
        assertEquals(List.of(200), problem.args());
    }

    @Test
    void aPlaceTooLongIsRefused() {
        Form form = new Form();
        form.place = "p".repeat(201);
        onlyProblem(form, AppointmentValidator.Field.PLACE, "text.tooLong");
    }

    @Test
    void aClinicianTooLongIsRefused() {
        Form form = new Form();
        form.clinician = "c".repeat(201);
        onlyProblem(form, AppointmentValidator.Field.CLINICIAN, "text.tooLong");
    }

    @Test
    void aResultTooLongIsRefused() {
        Form form = new Form();
        form.status = AppointmentStatus.ATTENDED;
        form.date = NOW.toLocalDate().minusDays(3);
        form.result = "r".repeat(4_001);
        Problem problem = onlyProblem(form, AppointmentValidator.Field.RESULT, "text.tooLong");
        assertEquals(List.of(4_000), problem.args());
    }

    @Test
    void aPreparationStepTooLongIsRefused() {
        Form form = new Form();
        form.preparation.add(new AppointmentDraft.Step("s".repeat(301), 0));
        Problem problem = onlyProblem(form, AppointmentValidator.Field.PREPARATION, "text.tooLong");
        assertEquals(List.of(300), problem.args());
    }

    @Test
    void aQuestionOrAnswerTooLongIsRefused() {
        Form form = new Form();
        form.questions.add(new AppointmentDraft.Ask("q".repeat(501), QuestionState.OPEN, ""));
        assertEquals(List.of(500), onlyProblem(form, AppointmentValidator.Field.QUESTIONS, "text.tooLong").args());

        form.questions.set(0, new AppointmentDraft.Ask("Results?", QuestionState.ANSWERED, "a".repeat(501)));
        onlyProblem(form, AppointmentValidator.Field.QUESTIONS, "text.tooLong");
    }

    @ParameterizedTest(name = "{0} hours before")
    @ValueSource(ints = {-1, -24, 169, 1000})
    void reminderHoursOutOfRangeAreRefused(int hours) {
        Form form = new Form();
        form.preparation.add(new AppointmentDraft.Step("Stop the tablets", hours));
        Problem problem = onlyProblem(form, AppointmentValidator.Field.PREPARATION, "appointment.preparation.hours");
        assertEquals(List.of(168), problem.args());
    }

    @Test
    void reminderHoursFromNoneToAWeekAreKept() {
        Form form = new Form();
        form.preparation.add(new AppointmentDraft.Step("No reminder", 0));
        form.preparation.add(new AppointmentDraft.Step("An hour before", 1));
        form.preparation.add(new AppointmentDraft.Step("A week before", 168));
        assertEquals(List.of(Optional.empty(), Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofDays(7))),
                form.valid().preparation().stream().map(PreparationStep::remindBefore).toList());
    }

    @Test
    void blankStepsAndQuestionsAreDropped() {
        Form form = new Form();
        form.preparation.add(new AppointmentDraft.Step("", 0));
        form.preparation.add(new AppointmentDraft.Step("Fast from midnight", 12));
        form.preparation.add(new AppointmentDraft.Step("   ", 500));
        form.preparation.add(new AppointmentDraft.Step(null, 0));
        form.questions.add(new AppointmentDraft.Ask(" ", QuestionState.OPEN, "an answer to nothing"));
        form.questions.add(new AppointmentDraft.Ask("Is the tumour smaller?", null, ""));
        form.questions.add(new AppointmentDraft.Ask("", QuestionState.ANSWERED, ""));
        Appointment a = form.valid();
        assertEquals(List.of(PreparationStep.hoursBefore("Fast from midnight", 12)), a.preparation());
        assertEquals(List.of(Question.open("Is the tumour smaller?")), a.questions(), "no state given is open");
    }
}
