package org.leiojournal.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.PreparationStep;

/**
 * One appointment as a VEVENT. Times are the appointment's wall-clock times with the TZID of its own zone, so a
 * 09:30 scan in London stays at 09:30 London time in every calendar, whatever zone the phone is in.
 */
final class AppointmentEvent {

    /**
     * Most letters give only a start time. Without an end the event would last no time at all (RFC 5545, 3.6.1)
     * and vanish into a line in week views, so an hour is assumed. It is written as DURATION rather than an
     * invented DTEND: the file then still tells a typed end (DTEND) from an assumed one.
     */
    static final Duration ASSUMED_LENGTH = Duration.ofHours(1);

    private final ZoneDefinitions zones;
    private final EventIdentity identity;

    AppointmentEvent(ZoneDefinitions zones, EventIdentity identity) {
        this.zones = zones;
        this.identity = identity;
    }

    VEvent of(Appointment appointment, boolean alarms) {
        VEvent event = identity.stamp(new VEvent(false), identity.appointmentUid(appointment.id()));
        event.add(new DtStart<>(moment(appointment, appointment.start())));
        if (appointment.end().isPresent()) {
            event.add(new DtEnd<>(moment(appointment, appointment.end().get())));
        } else {
            event.add(new net.fortuna.ical4j.model.property.Duration(ASSUMED_LENGTH));
        }
        String summary = AppointmentText.summary(appointment);
        event.add(new Summary(summary));
        if (!appointment.place().isEmpty()) {
            event.add(new Location(appointment.place()));
        }
        String description = AppointmentText.description(appointment);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        event.add(status(appointment));
        // Only appointments still to come remind: a cancelled one must not ring, an attended one is over.
        if (alarms && appointment.status().isUpcoming()) {
            event.add(Alarms.relativeToStart(Period.ofDays(-1), "Tomorrow: " + summary));
            for (PreparationStep step : appointment.preparation()) {
                step.remindBefore().ifPresent(before -> event.add(Alarms.relativeToStart(before.negated(),
                        step.text())));
            }
        }
        return event;
    }

    /** Cancelled events are still written: that is how a calendar that has the event learns to strike it out. */
    private static Status status(Appointment appointment) {
        return switch (appointment.status()) {
            case TO_BOOK -> ImmutableStatus.VEVENT_TENTATIVE;
            case BOOKED, ATTENDED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    private Temporal moment(Appointment appointment, LocalDateTime wallClock) {
        Optional<Temporal> named = zones.zoneFor(appointment.zone()).map(zone -> ZonedDateTime.of(wallClock, zone));
        return named.orElseGet(() -> ZonedDateTime.of(wallClock, appointment.zone()).toInstant());
    }
}
