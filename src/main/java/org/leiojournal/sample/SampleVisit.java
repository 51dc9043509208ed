package org.leiojournal.sample;

import java.time.LocalDateTime;
import java.util.List;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.PreparationStep;

/**
 * An appointment of the story before "today" is known: once it is, a visit in the past becomes attended with its
 * result, and one still to come is booked, its result not yet known.
 */
record SampleVisit(AppointmentKind kind, String title, LocalDateTime start, int minutes, String place,
                   String result, List<String> questions, List<PreparationStep> preparation) {

    SampleVisit {
        questions = List.copyOf(questions);
        preparation = List.copyOf(preparation);
    }
}
