package org.leiojournal.ui.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;

/** How appointments read on screen: kinds and statuses in words, and one line per appointment. */
public final class AppointmentFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Formats formats;

    public AppointmentFormats(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    public String kind(AppointmentKind kind) {
        return messages.get(switch (kind) {
            case CLINIC_VISIT -> "appointment.kind.clinicVisit";
            case CT -> "appointment.kind.ct";
            case MRI -> "appointment.kind.mri";
            case XRAY -> "appointment.kind.xray";
            case PET -> "appointment.kind.pet";
            case BLOOD_TEST -> "appointment.kind.bloodTest";
            case INFUSION -> "appointment.kind.infusion";
            case RADIOTHERAPY -> "appointment.kind.radiotherapy";
            case SURGERY -> "appointment.kind.surgery";
            case ECHO_MUGA -> "appointment.kind.echoMuga";
            case OTHER -> "appointment.kind.other";
        });
    }

    public String status(AppointmentStatus status) {
        return messages.get(switch (status) {
            case TO_BOOK -> "appointment.status.toBook";
            case BOOKED -> "appointment.status.booked";
            case ATTENDED -> "appointment.status.attended";
            case CANCELLED -> "appointment.status.cancelled";
        });
    }

    /** The title the user gave, else the kind: "CT chest" or "CT scan". */
    public String name(Appointment a) {
        return a.title().isEmpty() ? kind(a.kind()) : a.title();
    }

    /**
     * "09:30" on the viewer's clock; when the appointment's own zone shows another time then, that is added as the
     * hospital's letter gives it: "14:30 (09:30 in America/New_York)".
     */
    public String time(Appointment a, ZoneId viewer) {
        ZonedDateTime own = a.startMoment();
        ZonedDateTime seen = own.withZoneSameInstant(viewer);
        if (seen.getOffset().equals(own.getOffset())) {
            return TIME.format(seen);
        }
        return messages.get("appointment.time.otherZone", TIME.format(seen), TIME.format(own), a.zone().getId());
    }

    public String date(LocalDate day) {
        return formats.date(day);
    }

    /** "Tue 24 Nov 2026, 09:30 — CT chest — St Mary’s", for status lines and dialogs; day and time as the viewer sees them. */
    public String line(Appointment a, ZoneId viewer) {
        String text = messages.get("appointment.line", formats.date(a.dateIn(viewer)), time(a, viewer), name(a));
        return a.place().isEmpty() ? text : text + " — " + a.place();
    }

    /** A time zone by its city, as people know it: "London (Europe/London)", "UTC (Etc/UTC)" (review D18). */
    public static String zoneName(ZoneId zone) {
        return zoneName(zone.getId());
    }

    /** {@link #zoneName(ZoneId)} from the zone's id ("Europe/London"), without loading the zone's rules. */
    public static String zoneName(String id) {
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        return city.equals(id) ? id : city + " (" + id + ")";
    }

    /**
     * The ids of the time zones ("Europe/London") listed by city name, A to Z, so "London" is found under L. Ids,
     * not {@link ZoneId}s: making a {@code ZoneId} reads its rules, and reading ~600 zones' rules was 40 % of the
     * Appointments' first visit (issue 21). Sorted once, each name worked out once.
     */
    public static java.util.List<String> zonesByCity() {
        return ZonesByCity.LIST;
    }

    /**
     * {@code ids} by city name, without the ids a library registers while the app runs: the calendar export's
     * ical4j adds some 1,500 "ical4j-local-…" zones for the zones it loads, which are no place a user lives.
     */
    static java.util.List<String> byCity(java.util.Collection<String> ids) {
        return ids.stream()
                .filter(id -> !id.startsWith(REGISTERED_BY_ICAL4J))
                .map(id -> java.util.Map.entry(zoneName(id), id))
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(java.util.Map.Entry::getValue).toList();
    }

    private static final String REGISTERED_BY_ICAL4J = "ical4j";

    private static final class ZonesByCity {
        static final java.util.List<String> LIST = byCity(ZoneId.getAvailableZoneIds());
    }
}
