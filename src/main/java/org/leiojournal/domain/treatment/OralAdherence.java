package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many daily doses of a continuous oral treatment were recorded as taken, from its first day up to
 * yesterday (today is not missed yet), and which days have no dose recorded.
 */
public record OralAdherence(int daysDue, int daysTaken, List<LocalDate> missed, boolean takenToday) {

    public OralAdherence {
        missed = List.copyOf(missed);
    }

    public static OralAdherence of(Course course, LocalDate today) {
        return of(course, course.history().oralDosesTaken(), today);
    }

    public static OralAdherence of(Course course, Set<LocalDate> taken, LocalDate today) {
        CourseCalendar calendar = course.calendar();
        LocalDate lastDue = today.minusDays(1);
        if (calendar.lastDay().isPresent() && calendar.lastDay().get().isBefore(lastDue)) {
            lastDue = calendar.lastDay().get();
        }
        List<LocalDate> missed = new ArrayList<>();
        int due = 0;
        for (LocalDate day = course.start(); !day.isAfter(lastDue); day = day.plusDays(1)) {
            due++;
            if (!taken.contains(day)) {
                missed.add(day);
            }
        }
        return new OralAdherence(due, due - missed.size(), missed, calendar.covers(today) && taken.contains(today));
    }
}
