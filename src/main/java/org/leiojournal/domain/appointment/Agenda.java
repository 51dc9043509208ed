package org.leiojournal.domain.appointment;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which appointments the user needs to see now: what is coming, and what still needs its outcome written down. */
public final class Agenda {

    public static final int UPCOMING_DAYS = 30;
    private static final Comparator<Appointment> BY_START =
            Comparator.comparing(a -> a.startMoment().toInstant());

    private Agenda() {
    }

    /**
     * Appointments still to come from the start of today (in {@code now}'s zone) to the end of the day
     * {@code days} days ahead, earliest first. Today's morning visit stays on the list all day.
     */
    public static List<Appointment> upcoming(List<Appointment> all, ZonedDateTime now, int days) {
        ZonedDateTime from = now.toLocalDate().atStartOfDay(now.getZone());
        ZonedDateTime until = now.toLocalDate().plusDays(days + 1L).atStartOfDay(now.getZone());
        return all.stream()
                .filter(a -> a.status().isUpcoming())
                .filter(a -> !a.startMoment().isBefore(from) && a.startMoment().isBefore(until))
                .sorted(BY_START)
                .toList();
    }

    /** Appointments from before today still marked as to come: the user should record what happened. */
    public static List<Appointment> awaitingOutcome(List<Appointment> all, ZonedDateTime now) {
        ZonedDateTime today = now.toLocalDate().atStartOfDay(now.getZone());
        return all.stream()
                .filter(a -> a.status().isUpcoming() && a.startMoment().isBefore(today))
                .sorted(BY_START)
                .toList();
    }

    /**
     * Where a visit's open questions go: the next clinic visit still to come after it, or if there is none, the
     * next appointment of any kind still to come.
     */
    public static Optional<Appointment> nextVisitAfter(Appointment from, List<Appointment> all) {
        List<Appointment> later = all.stream()
                .filter(a -> a.id() != from.id() && a.status().isUpcoming())
                .filter(a -> a.startMoment().isAfter(from.startMoment()))
                .sorted(BY_START)
                .toList();
        return later.stream().filter(a -> a.kind() == AppointmentKind.CLINIC_VISIT).findFirst()
                .or(() -> later.stream().findFirst());
    }

    /**
     * Moves the open questions of {@code from} to the end of {@code to}'s checklist. They stay on {@code from}
     * marked as carried over, so its record still shows what was meant to be asked.
     */
    public static CarryOver carryOpenQuestions(Appointment from, Appointment to) {
        List<Question> open = from.questions().stream().filter(Question::isOpen).toList();
        List<Question> left = from.questions().stream()
                .map(q -> q.isOpen() ? new Question(q.text(), QuestionState.CARRIED_OVER, q.answer()) : q)
                .toList();
        List<Question> arriving = new ArrayList<>(to.questions());
        open.forEach(q -> arriving.add(Question.open(q.text())));
        return new CarryOver(from.withQuestions(left), to.withQuestions(arriving), open.size());
    }

    /** Both appointments after a carry-over, and how many questions moved. */
    public record CarryOver(Appointment from, Appointment to, int moved) {
    }
}
