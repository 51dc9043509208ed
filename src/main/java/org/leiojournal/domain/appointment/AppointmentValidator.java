package org.leiojournal.domain.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.leiojournal.domain.measure.TimeInput;
import org.leiojournal.domain.validation.Checks;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.domain.validation.Validated;

/** Turns the appointment form into an appointment, or says field by field what is wrong. Nothing is guessed. */
public final class AppointmentValidator {

    /** The fields its problems are about; the form shows each problem under its field. */
    public enum Field implements FieldId {
        KIND, DATE, START, END, TITLE, PLACE, CLINICIAN, PREPARATION, QUESTIONS, STATUS, RESULT
    }

    private AppointmentValidator() {
    }

    /** {@code clock} says what "now" is, so that an upcoming appointment cannot be saved in the past. */
    public static Validated<Appointment> validate(AppointmentDraft draft, Clock clock) {
        return validate(draft, clock, Optional.empty());
    }

    /**
     * As {@link #validate(AppointmentDraft, Clock)}, for an edit of {@code saved}. An appointment that has just
     * passed can still be edited (questions ticked off in the waiting room) while it stays as it was saved; moving it
     * into the past, or marking a past one as to come, is refused.
     */
    public static Validated<Appointment> validate(AppointmentDraft draft, Clock clock, Optional<Appointment> saved) {
        List<Problem> problems = new ArrayList<>();
        Checks.required(draft.kind(), Field.KIND, "appointment.kind.required", problems);
        ZoneId zone = draft.zone() == null ? clock.getZone() : draft.zone();
        Optional<LocalDateTime> start = start(draft, zone, problems);
        Optional<LocalDateTime> end = end(draft, start, zone, problems);
        Checks.length(draft.title().strip(), Appointment.MAX_TEXT_LENGTH, Field.TITLE, problems);
        Checks.length(draft.place().strip(), Appointment.MAX_TEXT_LENGTH, Field.PLACE, problems);
        Checks.length(draft.clinician().strip(), Appointment.MAX_TEXT_LENGTH, Field.CLINICIAN, problems);
        Checks.length(draft.result().strip(), Appointment.MAX_RESULT_LENGTH, Field.RESULT, problems);
        AppointmentStatus status = draft.status() == null ? AppointmentStatus.BOOKED : draft.status();
        boolean unchanged = saved.filter(a -> a.status().isUpcoming() && status.isUpcoming()
                && start.filter(s -> ZonedDateTime.of(s, zone).isEqual(a.startMoment())).isPresent()).isPresent();
        if (!unchanged) {
            start.ifPresent(s -> checkStatus(status, ZonedDateTime.of(s, zone), clock, problems));
        }
        List<PreparationStep> steps = steps(draft.preparation(), problems);
        List<Question> questions = questions(draft.questions(), problems);
        return Validated.of(problems, () -> new Appointment(draft.id(), draft.kind(), draft.title(), start.get(), end,
                zone, draft.place(), draft.clinician(), steps, questions, status, draft.result()));
    }

    private static Optional<LocalDateTime> start(AppointmentDraft draft, ZoneId zone, List<Problem> problems) {
        if (draft.date() == null) {
            problems.add(Problem.of(Field.DATE, "appointment.date.required"));
            return Optional.empty();
        }
        Optional<LocalTime> time = TimeInput.parse(draft.startTime());
        if (draft.startTime().isBlank()) {
            problems.add(Problem.of(Field.START, "appointment.time.required"));
            return Optional.empty();
        }
        if (time.isEmpty()) {
            problems.add(Problem.of(Field.START, "appointment.time.invalid", draft.startTime().strip()));
            return Optional.empty();
        }
        LocalDateTime start = draft.date().atTime(time.get());
        if (!exists(start, zone)) {
            problems.add(Problem.of(Field.START, "appointment.time.skipped", zone.getId()));
            return Optional.empty();
        }
        return Optional.of(start);
    }

    private static Optional<LocalDateTime> end(AppointmentDraft draft, Optional<LocalDateTime> start, ZoneId zone,
                                               List<Problem> problems) {
        if (draft.endTime().isBlank()) {
            return Optional.empty();
        }
        Optional<LocalTime> time = TimeInput.parse(draft.endTime());
        if (time.isEmpty()) {
            problems.add(Problem.of(Field.END, "appointment.time.invalid", draft.endTime().strip()));
            return Optional.empty();
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime end = start.get().toLocalDate().atTime(time.get());
        if (!end.isAfter(start.get())) {
            problems.add(Problem.of(Field.END, "appointment.end.beforeStart"));
        } else if (!exists(end, zone)) {
            problems.add(Problem.of(Field.END, "appointment.time.skipped", zone.getId()));
        }
        return Optional.of(end);
    }

    /** False for a wall-clock time the clocks jump over (01:30 on the night they go forward). */
    private static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }

    private static void checkStatus(AppointmentStatus status, ZonedDateTime start, Clock clock,
                                    List<Problem> problems) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (status.isUpcoming() && start.isBefore(now)) {
            problems.add(Problem.of(Field.DATE, "appointment.past.upcoming"));
        } else if (status == AppointmentStatus.ATTENDED && start.isAfter(now)) {
            problems.add(Problem.of(Field.STATUS, "appointment.future.attended"));
        }
    }

    /** The lines the user wrote something in: a blank step or question is an empty line of the form, not an error. */
    private static <D> List<D> filledIn(List<D> drafts, Function<D, String> text) {
        return drafts.stream().filter(d -> !text.apply(d).isBlank()).toList();
    }

    private static List<PreparationStep> steps(List<AppointmentDraft.Step> drafts, List<Problem> problems) {
        List<PreparationStep> steps = new ArrayList<>();
        for (AppointmentDraft.Step draft : filledIn(drafts, AppointmentDraft.Step::text)) {
            String text = draft.text().strip();
            if (text.length() > PreparationStep.MAX_LENGTH) {
                problems.add(Problem.of(Field.PREPARATION, "text.tooLong", PreparationStep.MAX_LENGTH));
            } else if (draft.remindHoursBefore() < 0 || draft.remindHoursBefore() > PreparationStep.MAX_HOURS_BEFORE) {
                problems.add(Problem.of(Field.PREPARATION, "appointment.preparation.hours",
                        PreparationStep.MAX_HOURS_BEFORE));
            } else {
                steps.add(new PreparationStep(text, draft.remindHoursBefore() == 0 ? Optional.empty()
                        : Optional.of(Duration.ofHours(draft.remindHoursBefore()))));
            }
        }
        return steps;
    }

    private static List<Question> questions(List<AppointmentDraft.Ask> drafts, List<Problem> problems) {
        List<Question> questions = new ArrayList<>();
        for (AppointmentDraft.Ask draft : filledIn(drafts, AppointmentDraft.Ask::text)) {
            String text = draft.text().strip();
            if (text.length() > Question.MAX_LENGTH || draft.answer().length() > Question.MAX_LENGTH) {
                problems.add(Problem.of(Field.QUESTIONS, "text.tooLong", Question.MAX_LENGTH));
            } else {
                questions.add(new Question(text, draft.state() == null ? QuestionState.OPEN : draft.state(),
                        draft.answer()));
            }
        }
        return questions;
    }
}
