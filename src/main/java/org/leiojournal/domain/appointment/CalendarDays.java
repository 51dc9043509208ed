package org.leiojournal.domain.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * What falls on each day of a stretch of dates: treatment days of every course first (they fill the day), then
 * appointments by time. Cancelled appointments are left out; dates are as the viewer's zone sees them.
 */
public final class CalendarDays {

    private CalendarDays() {
    }

    /** Days from {@code first} to {@code last} inclusive that have something on them. */
    public static Map<LocalDate, List<DayItem>> between(LocalDate first, LocalDate last, List<Appointment> appointments,
                                                        List<Course> courses, ZoneId viewer) {
        Map<LocalDate, List<DayItem>> days = new TreeMap<>();
        for (Course course : courses) {
            for (TreatmentDay day : course.calendar().treatmentDays()) {
                if (!day.date().isBefore(first) && !day.date().isAfter(last)) {
                    days.computeIfAbsent(day.date(), d -> new ArrayList<>())
                            .add(new DayItem.TreatmentItem(day.date(), course.plan().name(), day));
                }
            }
        }
        appointments.stream()
                .filter(a -> a.status() != AppointmentStatus.CANCELLED)
                .sorted(Comparator.comparing(a -> a.startMoment().toInstant()))
                .forEach(a -> {
                    ZonedDateTime seen = a.startMoment().withZoneSameInstant(viewer);
                    LocalDate date = seen.toLocalDate();
                    if (!date.isBefore(first) && !date.isAfter(last)) {
                        days.computeIfAbsent(date, d -> new ArrayList<>())
                                .add(new DayItem.AppointmentItem(date, seen.toLocalTime(), a));
                    }
                });
        return days;
    }
}
