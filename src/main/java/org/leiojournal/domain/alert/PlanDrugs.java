package org.leiojournal.domain.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.TreatmentDay;

/**
 * Whether a drug is "in the plan" on a day: a course with that drug covers the day, or the day lies at most
 * {@code daysAfter} days after the drug's last treatment day (given or planned) on or before it. A stop date never
 * cuts the days after short: they count from the last dose planned or given up to the stop, whenever the course
 * itself ends. Drug names match as a whole word, ignoring case, so "Gemcitabine" and "gemcitabine (fixed dose
 * rate)" both name gemcitabine.
 */
final class PlanDrugs {

    private PlanDrugs() {
    }

    static boolean inPlan(String drug, LocalDate day, List<Course> courses, Integer daysAfter) {
        Pattern name = Pattern.compile("\\b" + Pattern.quote(drug) + "\\b", Pattern.CASE_INSENSITIVE);
        for (Course course : courses) {
            if (course.plan().drugNames().stream().noneMatch(n -> name.matcher(n).find())) {
                continue;
            }
            CourseCalendar calendar = course.calendar();
            if (calendar.covers(day)) {
                return true;
            }
            if (daysAfter != null && lastDayOf(name, calendar, day)
                    .filter(last -> !day.isAfter(last.plusDays(daysAfter))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an anthracycline (doxorubicin, in the bundled regimens) had a treatment day on or before the day. */
    static boolean anthracyclineBy(LocalDate day, List<Course> courses) {
        return courses.stream().flatMap(c -> c.calendar().treatmentDays().stream())
                .anyMatch(t -> !t.date().isAfter(day) && t.drugs().stream().anyMatch(DrugPlan::anthracycline));
    }

    /** A skipped dose still counts: the cautious reading keeps a sign shown rather than hiding it early. */
    private static Optional<LocalDate> lastDayOf(Pattern name, CourseCalendar calendar, LocalDate day) {
        if (calendar.course().plan().continuous()) {
            return calendar.lastDay().filter(last -> !last.isAfter(day));
        }
        return calendar.treatmentDays().stream()
                .filter(t -> !t.date().isAfter(day) && t.drugs().stream().anyMatch(d -> name.matcher(d.drug()).find()))
                .map(TreatmentDay::date)
                .max(LocalDate::compareTo);
    }
}
