package org.leiojournal.sample;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.Question;
import org.leiojournal.domain.appointment.QuestionState;

/**
 * Turns the story's visits into appointments as of now: past ones attended with their results and questions
 * answered, except the latest clinic visit of the last two weeks, left to write up; coming ones booked for the
 * next six weeks and still to book after that, up to eight weeks ahead. The first coming clinic visit has
 * questions ready.
 */
final class SampleAppointments {

    private static final String CLINICIAN = "Dr Example";
    private static final String WRITE_UP_QUESTION = "Can the next treatment day be on a Monday?";
    private static final List<String> NEXT_QUESTIONS = List.of("What did the last scan show?",
            "Who do I call at the weekend if I feel unwell?");

    private final ZonedDateTime now;
    private final ZoneId zone;

    SampleAppointments(ZonedDateTime now) {
        this.now = now;
        this.zone = now.getZone();
    }

    List<Appointment> asOfNow(List<SampleVisit> visits) {
        List<SampleVisit> kept = visits.stream()
                .filter(v -> v.start().isBefore(now.toLocalDateTime().plusWeeks(8)))
                .sorted(Comparator.comparing(SampleVisit::start)).toList();
        Optional<SampleVisit> toWriteUp = kept.stream().filter(v -> v.kind() == AppointmentKind.CLINIC_VISIT
                && past(v) && v.start().isAfter(now.toLocalDateTime().minusWeeks(2))).reduce((a, b) -> b);
        Optional<SampleVisit> nextClinic = kept.stream().filter(v -> v.kind() == AppointmentKind.CLINIC_VISIT
                && !past(v)).findFirst();
        List<Appointment> appointments = new ArrayList<>();
        for (SampleVisit visit : kept) {
            if (past(visit) && toWriteUp.filter(visit::equals).isEmpty()) {
                appointments.add(appointment(visit, AppointmentStatus.ATTENDED, visit.result(), QuestionState.ANSWERED,
                        visit.questions()));
            } else if (past(visit)) {
                appointments.add(appointment(visit, AppointmentStatus.BOOKED, "", QuestionState.OPEN,
                        visit.questions().isEmpty() ? List.of(WRITE_UP_QUESTION) : visit.questions()));
            } else {
                AppointmentStatus status = visit.start().isBefore(now.toLocalDateTime().plusWeeks(6))
                        ? AppointmentStatus.BOOKED : AppointmentStatus.TO_BOOK;
                boolean next = nextClinic.filter(visit::equals).isPresent() && visit.questions().isEmpty();
                appointments.add(appointment(visit, status, "", QuestionState.OPEN,
                        next ? NEXT_QUESTIONS : visit.questions()));
            }
        }
        return appointments;
    }

    private boolean past(SampleVisit visit) {
        return visit.start().isBefore(now.toLocalDateTime());
    }

    private Appointment appointment(SampleVisit v, AppointmentStatus status, String result, QuestionState state,
                                    List<String> questions) {
        LocalDateTime start = v.start();
        return new Appointment(0, v.kind(), v.title(), start, Optional.of(start.plusMinutes(v.minutes())), zone,
                v.place(), v.kind() == AppointmentKind.CLINIC_VISIT ? CLINICIAN : "", v.preparation(),
                questions.stream().map(q -> new Question(q, state, "")).toList(), status, result);
    }
}
