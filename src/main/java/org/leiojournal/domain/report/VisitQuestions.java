package org.leiojournal.domain.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.Agenda;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.Question;

/**
 * The questions the user means to ask at the visit the report is for: the open questions of the next clinic
 * visit still to come (or, when none is booked, of the next appointment that has open questions), then those of
 * past appointments whose outcome was never written down: they were most likely never asked.
 */
public record VisitQuestions(Appointment appointment, boolean unrecorded, List<Question> open) {

    /** How far ahead the next visit is looked for: far enough for any booking. */
    static final int HORIZON_DAYS = 3_650;

    public VisitQuestions {
        open = List.copyOf(open);
    }

    public static List<VisitQuestions> of(Collection<Appointment> appointments, ZonedDateTime now) {
        List<Appointment> all = List.copyOf(appointments);
        List<Appointment> coming = Agenda.upcoming(all, now, HORIZON_DAYS);
        Optional<Appointment> next = coming.stream().filter(a -> a.kind() == AppointmentKind.CLINIC_VISIT)
                .findFirst()
                .or(() -> coming.stream().filter(Appointment::hasOpenQuestions).findFirst());
        List<VisitQuestions> found = new ArrayList<>();
        next.filter(Appointment::hasOpenQuestions).ifPresent(a -> found.add(of(a, false)));
        Agenda.awaitingOutcome(all, now).stream().filter(Appointment::hasOpenQuestions)
                .sorted(Comparator.comparing((Appointment a) -> a.startMoment().toInstant()).reversed())
                .forEach(a -> found.add(of(a, true)));
        return found;
    }

    private static VisitQuestions of(Appointment appointment, boolean unrecorded) {
        return new VisitQuestions(appointment, unrecorded,
                appointment.questions().stream().filter(Question::isOpen).toList());
    }
}
