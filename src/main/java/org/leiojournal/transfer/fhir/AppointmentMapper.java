package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.report.AppointmentWords;

/**
 * An appointment as a FHIR Appointment: its kind, title, time, place and clinician (as names: the journal keeps no
 * records of places or people). A date a follow-up plan proposed is "proposed", with its time as the requested
 * period; R4 requires a booked appointment to have an end, so one recorded without an end time ends when it
 * starts (docs/fhir.md). Preparation steps, questions and results stay in the journal.
 */
final class AppointmentMapper {

    private AppointmentMapper() {
    }

    static ObjectNode appointment(Mapping mapping, Appointment appointment) {
        ObjectNode resource = mapping.resource("Appointment", "appointment", appointment.id());
        resource.put("status", switch (appointment.status()) {
            case TO_BOOK -> "proposed";
            case BOOKED -> "booked";
            case ATTENDED -> "fulfilled";
            case CANCELLED -> "cancelled";
        });
        resource.set("serviceType", Fhir.list(Fhir.text(AppointmentWords.kind(appointment.kind()))));
        if (!appointment.title().isEmpty()) {
            resource.put("description", appointment.title());
        }
        String start = instant(appointment.startMoment());
        String end = instant(appointment.endMoment().orElse(appointment.startMoment()));
        if (appointment.status() == AppointmentStatus.TO_BOOK) {
            resource.putArray("requestedPeriod").addObject().put("start", start).put("end", end);
        } else {
            resource.put("start", start).put("end", end);
        }
        ArrayNode participants = resource.putArray("participant");
        participants.addObject().<ObjectNode>set("actor", mapping.patient()).put("status", "accepted");
        if (!appointment.clinician().isEmpty()) {
            participants.addObject().<ObjectNode>set("actor", Fhir.object().put("display", appointment.clinician()))
                    .put("status", "accepted");
        }
        if (!appointment.place().isEmpty()) {
            participants.addObject().<ObjectNode>set("actor", Fhir.object().put("type", "Location")
                    .put("display", appointment.place())).put("status", "accepted");
        }
        return resource;
    }

    /** An instant in UTC: FHIR's Appointment.start is an instant, not a wall-clock time. */
    private static String instant(ZonedDateTime moment) {
        return Fhir.dateTime(moment.withZoneSameInstant(ZoneOffset.UTC));
    }
}
