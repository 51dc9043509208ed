package org.leiojournal.domain.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.validation.Required;

/**
 * The days a clinic report covers, and why. By default: from the day of the last clinic visit marked attended
 * (its evening counts, and a clinician would rather see a day too many than miss one) up to today; a journal
 * without an attended visit gets the last {@link #FALLBACK_DAYS} days. A visit still marked booked after its date
 * is not counted: until its outcome is written down, nobody knows it took place.
 */
public record ReportRange(DateSpan span, Basis basis, Optional<LocalDate> visit) {

    /** Why the range is what it is, for the line under the dates ("since your clinic visit on 23 Oct"). */
    public enum Basis { SINCE_VISIT, LAST_DAYS, CHOSEN }

    public static final int FALLBACK_DAYS = 30;

    public ReportRange {
        Required.all("span, basis, visit", span, basis, visit);
        if ((basis == Basis.SINCE_VISIT) != visit.isPresent()) {
            throw new IllegalArgumentException("a visit date goes with SINCE_VISIT only");
        }
    }

    /**
     * Returns the default range for {@code today}: the last attended clinic visit on or before today (its date in
     * {@code zone}) to today, or the {@link #FALLBACK_DAYS} days ending today when there is none.
     */
    public static ReportRange defaultFor(Collection<Appointment> appointments, LocalDate today, ZoneId zone) {
        Optional<LocalDate> visit = appointments.stream()
                .filter(a -> a.kind() == AppointmentKind.CLINIC_VISIT && a.status() == AppointmentStatus.ATTENDED)
                .map(a -> a.dateIn(zone))
                .filter(d -> !d.isAfter(today))
                .max(Comparator.naturalOrder());
        return visit.map(v -> new ReportRange(new DateSpan(v, today), Basis.SINCE_VISIT, Optional.of(v)))
                .orElseGet(() -> new ReportRange(new DateSpan(today.minusDays(FALLBACK_DAYS - 1L), today),
                        Basis.LAST_DAYS, Optional.empty()));
    }

    /** A range the user picked. */
    public static ReportRange chosen(DateSpan span) {
        return new ReportRange(span, Basis.CHOSEN, Optional.empty());
    }

    /** How many days the range has, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(span.first(), span.last()) + 1;
    }
}
