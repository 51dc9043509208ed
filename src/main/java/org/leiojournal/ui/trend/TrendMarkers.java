package org.leiojournal.ui.trend;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.ui.appointment.AppointmentFormats;
import org.leiojournal.ui.common.Messages;

/**
 * The markers of a range: appointments (not cancelled ones) at the time the user's clock shows, and check-ins
 * with a note, the note cut to a line; and alerts, of their tier, where the journal raised one.
 */
final class TrendMarkers {

    private static final int NOTE_LENGTH = 80;

    private final Messages messages;
    private final AppointmentFormats appointments;
    private final ZoneId viewer;
    private final AlertRuleSet rules;

    TrendMarkers(Messages messages, ZoneId viewer, AlertRuleSet rules) {
        this.messages = messages;
        this.rules = rules;
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

    /** "Temperature 38.2 °C", "Pain 7", "Warning sign": one marker per alert, of its tier, where it was raised. */
    List<TrendMarker> alerts(List<Alert> alerts, List<SymptomItem> items) {
        List<TrendMarker> markers = new ArrayList<>();
        for (Alert a : alerts) {
            String code = a.subject().code();
            String label = switch (a.subject().type()) {
                case TEMPERATURE_HIGH, TEMPERATURE_LOW -> messages.get("trends.alert.temperature", a.observed());
                case ITEM -> AlertSubject.isBloodPressure(code) ? messages.get("trends.alert.bloodPressure", a.observed())
                        : messages.get("trends.alert.item", items.stream().filter(i -> code.equals(i.code()))
                        .map(SymptomItem::name).findFirst().orElse(code), a.observed());
                case SIGN -> messages.get("trends.alert.sign");
            };
            TrendMarker.Kind kind = rules.tierOf(a) == AlertTier.CALL_NOW ? TrendMarker.Kind.CALL_NOW
                    : TrendMarker.Kind.TELL_SOON;
            markers.add(new TrendMarker(a.seenAt().withZoneSameInstant(viewer), kind, label));
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
