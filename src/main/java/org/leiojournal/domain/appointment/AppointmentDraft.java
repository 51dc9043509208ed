package org.leiojournal.domain.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The appointment form as typed: times are still text, the kind may not be chosen yet. Blank preparation steps and
 * questions are dropped when it is validated.
 */
public record AppointmentDraft(long id, AppointmentKind kind, String title, LocalDate date, String startTime,
                               String endTime, ZoneId zone, String place, String clinician,
                               List<Step> preparation, List<Ask> questions, AppointmentStatus status,
                               String result) {

    /** A preparation line; 0 hours means no reminder. */
    public record Step(String text, int remindHoursBefore) {
        public Step {
            text = text == null ? "" : text;
        }
    }

    /** A question line as the checklist shows it. */
    public record Ask(String text, QuestionState state, String answer) {
        public Ask {
            text = text == null ? "" : text;
            answer = answer == null ? "" : answer;
        }
    }

    public AppointmentDraft {
        title = title == null ? "" : title;
        startTime = startTime == null ? "" : startTime;
        endTime = endTime == null ? "" : endTime;
        place = place == null ? "" : place;
        clinician = clinician == null ? "" : clinician;
        result = result == null ? "" : result;
        preparation = List.copyOf(preparation);
        questions = List.copyOf(questions);
    }

    /** The form filled in from a saved appointment, for editing. */
    public static AppointmentDraft of(Appointment a) {
        return new AppointmentDraft(a.id(), a.kind(), a.title(), a.start().toLocalDate(), TimeText.of(a.start()),
                a.end().map(TimeText::of).orElse(""), a.zone(), a.place(), a.clinician(),
                a.preparation().stream().map(s -> new Step(s.text(),
                        s.remindBefore().map(d -> (int) d.toHours()).orElse(0))).toList(),
                a.questions().stream().map(q -> new Ask(q.text(), q.state(), q.answer())).toList(),
                a.status(), a.result());
    }
}
