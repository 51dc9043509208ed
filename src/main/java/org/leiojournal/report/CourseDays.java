package org.leiojournal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * The treatment days of a course for the calendar: the days still planned, and after an early stop the days the
 * plan had after it, marked as called off. A calendar that was given those days by an earlier export can only
 * learn that they are gone from an event with the same UID and STATUS:CANCELLED.
 */
final class CourseDays {

    /** A treatment day of a course; {@code calledOff} when the course was stopped before it. */
    record Day(Course course, TreatmentDay day, boolean calledOff) {
    }

    private CourseDays() {
    }

    /** In date order. Continuous treatment (daily tablets) has no treatment days and gives none. */
    static List<Day> of(Course course) {
        List<Day> days = new ArrayList<>();
        course.calendar().treatmentDays().forEach(d -> days.add(new Day(course, d, false)));
        Optional<CourseStop> stop = course.history().stop();
        if (stop.isPresent()) {
            CourseHistory h = course.history();
            Course unstopped = course.withHistory(new CourseHistory(h.delays(), h.doses(), Optional.empty(),
                    h.oralDosesTaken()));
            unstopped.calendar().treatmentDays().stream()
                    .filter(d -> d.date().isAfter(stop.get().date()))
                    .forEach(d -> days.add(new Day(course, d, true)));
        }
        return days;
    }
}
