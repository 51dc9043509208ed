package org.leiojournal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.platform.AtomicFile;

/**
 * Writes appointments and treatment days as one iCalendar file (RFC 5545) that Google, Apple and Outlook calendars
 * import; importing a later export updates the same events rather than adding copies (see {@link EventIdentity}).
 * Reads nothing but what it is given, so the window and the command line share it.
 */
public final class CalendarExport {

    /**
     * What to export. {@code range} picks appointments by their date in their own zone and treatment days by
     * their date; {@code calendarUid} is the journal's own id (ProfileRepository.calendarUid()).
     */
    public record Request(List<Appointment> appointments, List<Course> courses, String calendarUid, DateSpan range,
                          boolean alarms) {
        public Request {
            appointments = List.copyOf(appointments);
            courses = List.copyOf(courses);
            Objects.requireNonNull(calendarUid, "calendarUid");
            Objects.requireNonNull(range, "range");
        }
    }

    /** How many events of each sort the file holds, cancelled ones included. */
    public record Result(int appointments, int treatmentDays) {
    }

    private static final ZoneId UTC = ZoneId.of("Etc/UTC");

    private final String appVersion;
    private final Clock clock;

    /** {@code clock} gives DTSTAMP and SEQUENCE; {@code appVersion} goes into PRODID. */
    public CalendarExport(String appVersion, Clock clock) {
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Replaces {@code target} whole, or leaves it as it was when writing fails. */
    public Result write(Request request, Path target) throws IOException {
        ZoneDefinitions zones = new ZoneDefinitions();
        EventIdentity identity = new EventIdentity(request.calendarUid(), clock);
        List<VEvent> appointments = appointments(request, new AppointmentEvent(zones, identity));
        List<VEvent> treatmentDays = treatmentDays(request, new TreatmentDayEvent(identity));
        if (appointments.isEmpty() && treatmentDays.isEmpty()) {
            // RFC 5545 (3.4, 3.6) wants at least one component. The definition of UTC is the one that adds
            // nothing to anyone's calendar, so an empty journal still gives a strictly valid file.
            zones.zoneFor(UTC);
        }
        Calendar calendar = header();
        zones.used().forEach(calendar::add);
        appointments.forEach(calendar::add);
        treatmentDays.forEach(calendar::add);
        // Not validating: ical4j would then apply RFC 5546 rules for METHOD:PUBLISH, which want an ORGANIZER (an
        // e-mail address the journal does not have) and would log a warning on every export. Tests check the
        // output against RFC 5545 instead. The outputter ends every line with CRLF and folds lines at 73
        // characters, keeping emoji whole; a line of Japanese text can so pass the 75 octets RFC 5545 (3.1) says
        // it SHOULD NOT, which parsers accept, since they unfold before decoding.
        AtomicFile.write(target, writer -> new CalendarOutputter(false).output(calendar, writer));
        return new Result(appointments.size(), treatmentDays.size());
    }

    /** Earliest first, so that two exports of the same journal differ only where the journal does. */
    private static List<VEvent> appointments(Request request, AppointmentEvent event) {
        return request.appointments().stream()
                .filter(a -> request.range().contains(a.start().toLocalDate()))
                .sorted(Comparator.comparing((Appointment a) -> a.startMoment().toInstant())
                        .thenComparingLong(Appointment::id))
                .map(a -> event.of(a, request.alarms()))
                .toList();
    }

    private static List<VEvent> treatmentDays(Request request, TreatmentDayEvent event) {
        return request.courses().stream()
                .flatMap(course -> CourseDays.of(course).stream())
                .filter(d -> request.range().contains(d.day().date()))
                .map(d -> event.of(d, request.alarms()))
                .toList();
    }

    private Calendar header() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Leio Journal//Leio Journal " + appVersion + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // PUBLISH: events to keep, not an invitation that asks for a reply (RFC 5546, 3.2.1).
        calendar.add(ImmutableMethod.PUBLISH);
        // The name Apple and Google give a calendar created from this file.
        calendar.add(new XProperty("X-WR-CALNAME", "Leio Journal"));
        return calendar;
    }
}
