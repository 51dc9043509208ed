package org.leiojournal.ui.trend;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.ui.appointment.AppointmentFormats;
import org.leiojournal.ui.common.Messages;

/**
 * The markers of a range: appointments (not cancelled ones) at the time the user's clock shows, and check-ins
 * with a note, the note cut to a line.
 */
final class TrendMarkers {

    private static final int NOTE_LENGTH = 80;

    private final AppointmentFormats appointments;
    private final ZoneId viewer;

    TrendMarkers(Messages messages, ZoneId viewer) {
        this.appointments = new AppointmentFormats(messages);
        this.viewer = viewer;
    }

    List<TrendMarker> markers(List<Appointment> all, List<CheckIn> checkIns, DateSpan span) {
        List<TrendMarker> markers = new ArrayList<>();
        for (Appointment a : all) {
            if (a.status() != AppointmentStatus.CANCELLED && span.contains(a.dateIn(viewer))) {
                markers.add(new TrendMarker(a.startMoment().withZoneSameInstant(viewer), TrendMarker.Kind.APPOINTMENT,
                        appointments.name(a)));
            }
        }
        for (CheckIn c : checkIns) {
            if (!c.note().isBlank() && span.contains(c.day())) {
                markers.add(new TrendMarker(c.recordedAt(), TrendMarker.Kind.NOTE, oneLine(c.note())));
            }
        }
        return markers;
    }

    private static String oneLine(String note) {
        String line = note.strip();
        if (!isOneLine(line)) { // most notes are; ten years of them are cut at every change of range
            line = line.replaceAll("\\s+", " ");
        }
        return line.length() <= NOTE_LENGTH ? line : line.substring(0, NOTE_LENGTH - 1) + "…";
    }

    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
