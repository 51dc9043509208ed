package org.leiojournal.domain.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/**
 * A visit, scan, test or treatment session. Its time is kept as the wall-clock time in its own zone (as the letter
 * from the hospital gives it), so a change in daylight-saving rules never moves a 9:30 appointment. An id of 0
 * means not saved yet.
 */
public record Appointment(long id, AppointmentKind kind, String title, LocalDateTime start,
                          Optional<LocalDateTime> end, ZoneId zone, String place, String clinician,
                          List<PreparationStep> preparation, List<Question> questions, AppointmentStatus status,
                          String result) {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_RESULT_LENGTH = 4_000;

    public Appointment {
        Required.all("kind, start, end, zone, status", kind, start, end, zone, status);
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        clinician = clinician == null ? "" : clinician.strip();
        result = result == null ? "" : result.strip();
        preparation = List.copyOf(preparation);
        questions = List.copyOf(questions);
        if (end.filter(e -> !e.isAfter(start)).isPresent()) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
    }

    public ZonedDateTime startMoment() {
        return ZonedDateTime.of(start, zone);
    }

    public Optional<ZonedDateTime> endMoment() {
        return end.map(e -> ZonedDateTime.of(e, zone));
    }

    /** The day of the appointment as seen from {@code viewer}, which may differ from the appointment's own zone. */
    public LocalDate dateIn(ZoneId viewer) {
        return startMoment().withZoneSameInstant(viewer).toLocalDate();
    }

    public boolean hasOpenQuestions() {
        return questions.stream().anyMatch(Question::isOpen);
    }

    public Appointment withId(long newId) {
        return new Appointment(newId, kind, title, start, end, zone, place, clinician, preparation, questions, status,
                result);
    }

    public Appointment withQuestions(List<Question> newQuestions) {
        return new Appointment(id, kind, title, start, end, zone, place, clinician, preparation, newQuestions, status,
                result);
    }

    public Appointment withStatus(AppointmentStatus newStatus) {
        return new Appointment(id, kind, title, start, end, zone, place, clinician, preparation, questions, newStatus,
                result);
    }
}
