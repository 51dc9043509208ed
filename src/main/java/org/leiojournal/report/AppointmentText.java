package org.leiojournal.report;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.appointment.Question;

/** The words of an appointment's calendar event: its one-line summary and the notes beneath it. */
final class AppointmentText {

    private AppointmentText() {
    }

    /**
     * The title, or the kind when there is none. A date a follow-up plan proposed says "(to book)": STATUS:TENTATIVE
     * alone is invisible in many calendars, and nobody should turn up for a scan that was never booked.
     */
    static String summary(Appointment appointment) {
        String name = appointment.title().isEmpty() ? AppointmentWords.kind(appointment.kind()) : appointment.title();
        return appointment.status() == AppointmentStatus.TO_BOOK ? name + " (to book)" : name;
    }

    /** Clinician, preparation, the questions still open, and the result, each only when there is one. */
    static String description(Appointment appointment) {
        List<String> lines = new ArrayList<>();
        if (!appointment.clinician().isEmpty()) {
            lines.add("With: " + appointment.clinician());
        }
        list(lines, "Preparation:", appointment.preparation().stream().map(PreparationStep::text).toList());
        list(lines, "Questions to ask:", appointment.questions().stream().filter(Question::isOpen)
                .map(Question::text).toList());
        if (!appointment.result().isBlank()) {
            lines.add("Result: " + appointment.result().strip());
        }
        return String.join("\n", lines);
    }

    private static void list(List<String> lines, String heading, List<String> items) {
        if (!items.isEmpty()) {
            lines.add(heading);
            items.forEach(item -> lines.add("- " + item));
        }
    }
}
