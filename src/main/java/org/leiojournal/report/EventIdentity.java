package org.leiojournal.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;

/**
 * What lets a calendar recognise an event it already has and take the newer copy: a UID that stays the same for
 * the same appointment or treatment day in every export, a SEQUENCE that grows, and DTSTAMP, the moment of export.
 *
 * <p>UIDs end in the journal's own random id, so two journals (two patients, or a test journal) imported into one
 * calendar never overwrite each other's events. A treatment day is named by course, cycle and planned day of the
 * cycle, never by its date, so a delayed day updates its event instead of leaving the old date behind.
 *
 * <p>SEQUENCE is the number of whole minutes since {@link #SEQUENCE_EPOCH}: the journal keeps no revision count
 * per event, and an export only reads the journal, so time is what grows between exports. Clients replace an
 * event when the incoming SEQUENCE is higher (RFC 5546, 2.1.5), or equal with a later DTSTAMP, which covers two
 * exports in the same minute. Minutes stay inside SEQUENCE's 32-bit integer for thousands of years; a computer
 * clock set back in time is the one case where a calendar may keep the older copy.
 */
final class EventIdentity {

    /** Before the first Leio Journal release, so every sequence number is positive. */
    static final Instant SEQUENCE_EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final String DOMAIN = "@leio-journal";

    private final String calendarUid;
    private final Instant now;

    EventIdentity(String calendarUid, Clock clock) {
        Objects.requireNonNull(calendarUid, "calendarUid");
        if (calendarUid.isBlank()) {
            throw new IllegalArgumentException("the journal's calendar id is missing");
        }
        this.calendarUid = calendarUid;
        this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    String appointmentUid(long appointmentId) {
        return "appointment-" + appointmentId + "-" + calendarUid + DOMAIN;
    }

    String treatmentDayUid(long courseId, int cycle, int dayOfCycle) {
        return "treatment-" + courseId + "-cycle-" + cycle + "-day-" + dayOfCycle + "-" + calendarUid + DOMAIN;
    }

    int sequence() {
        long minutes = Duration.between(SEQUENCE_EPOCH, now).toMinutes();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, minutes));
    }

    /** Adds UID, DTSTAMP and SEQUENCE to an event. */
    VEvent stamp(VEvent event, String uid) {
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new Sequence(sequence()));
        return event;
    }
}
