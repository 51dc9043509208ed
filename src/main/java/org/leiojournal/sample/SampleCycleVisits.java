package org.leiojournal.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CycleDates;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * The visits a course brings, read from its calendar: bloods and a clinic visit the day before each cycle (and
 * bloods before the day a cycle was due, when it was then put back), and the blood tests the plan names on other
 * days.
 */
final class SampleCycleVisits {

    private static final String BLOODS = "Blood test room, Sample Hospital";

    private SampleCycleVisits() {
    }

    static List<SampleVisit> of(List<Course> courses) {
        List<SampleVisit> visits = new ArrayList<>();
        for (Course course : courses) {
            CourseCalendar calendar = course.calendar();
            LocalDate due = course.start();
            for (CycleDates cycle : calendar.cycles()) {
                Optional<Delay> delay = calendar.treatmentDays().stream().filter(d -> d.cycle() == cycle.number())
                        .findFirst().flatMap(TreatmentDay::delay);
                if (delay.isPresent()) {
                    visits.add(bloods(due.minusDays(1), "Bloods before cycle " + cycle.number(),
                            putBack(delay.get(), cycle.number(), ChronoUnit.DAYS.between(due, cycle.start()))));
                }
                due = cycle.start().plusDays(cycle.phase().cycleLengthDays());
                LocalDate before = cycle.start().minusDays(1);
                visits.add(bloods(before, "Bloods before cycle " + cycle.number(), "Counts fine for treatment."));
                visits.add(new SampleVisit(AppointmentKind.CLINIC_VISIT, "Clinic before cycle " + cycle.number(),
                        before.atTime(14, 0), 20, StoryBuilder.CLINIC, "Go ahead with cycle " + cycle.number() + ".",
                        List.of(), List.of()));
            }
            calendar.entries().stream().filter(e -> e.kind() == EntryKind.MONITORING && e.cycleDay() != 1)
                    .forEach(e -> visits.add(bloods(e.date(), e.label(), "")));
        }
        return visits;
    }

    /** "Neutrophils too low: cycle 2 put back a week." */
    private static String putBack(Delay delay, int cycle, long days) {
        return delay.reason() + ": cycle " + cycle + " put back " + (days == 7 ? "a week" : days + " days") + ".";
    }

    private static SampleVisit bloods(LocalDate day, String title, String result) {
        return new SampleVisit(AppointmentKind.BLOOD_TEST, title, day.atTime(LocalTime.of(9, 0)), 15, BLOODS, result,
                List.of(), List.of());
    }
}
