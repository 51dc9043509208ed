package org.leiojournal.domain.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether anthracycline treatment is over (review finding M11). The doxorubicin label asks for heart scans after
 * treatment as well as before and during it, and heart damage can show months or years later; once every course
 * with an anthracycline in its plan has ended, the app reminds the user to ask their team when that scan is. It
 * gives no date of its own: the label gives none, and the team decides.
 */
public final class AfterAnthracycline {

    private AfterAnthracycline() {
    }

    /**
     * The last day of the last course with an anthracycline, once every such course has ended before
     * {@code today}; empty when there is none, or one is still running (its last day is today or later, or it is
     * given until the team stops it and has not been stopped).
     */
    public static Optional<LocalDate> treatmentEnded(List<Course> courses, LocalDate today) {
        List<Course> anthracycline = courses.stream().filter(AfterAnthracycline::givesAnthracycline).toList();
        if (anthracycline.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ended = null;
        for (Course course : anthracycline) {
            Optional<LocalDate> last = course.calendar().lastDay();
            if (last.isEmpty() || !last.get().isBefore(today)) {
                return Optional.empty();
            }
            ended = ended == null || last.get().isAfter(ended) ? last.get() : ended;
        }
        return Optional.of(ended);
    }

    /**
     * The day the last anthracycline dose was given, once every course with one has ended before {@code today}:
     * the latest day an anthracycline falls on after delays, up to an early stop, leaving out doses recorded as
     * skipped. Empty while treatment goes on, or when no anthracycline dose remains.
     */
    public static Optional<LocalDate> lastDose(List<Course> courses, LocalDate today) {
        if (treatmentEnded(courses, today).isEmpty()) {
            return Optional.empty();
        }
        return courses.stream().filter(AfterAnthracycline::givesAnthracycline)
                .flatMap(course -> course.calendar().treatmentDays().stream()
                        .filter(day -> day.drugs().stream().anyMatch(drug -> drug.anthracycline()
                                && !skipped(course, day, drug)))
                        .map(TreatmentDay::date))
                .max(LocalDate::compareTo);
    }

    private static boolean skipped(Course course, TreatmentDay day, DrugPlan drug) {
        return course.history().doseOf(day.cycle(), day.day(), drug.drug())
                .filter(dose -> dose.outcome() == DoseOutcome.SKIPPED).isPresent();
    }

    private static boolean givesAnthracycline(Course course) {
        return course.plan().phases().stream().flatMap(p -> p.drugs().stream()).anyMatch(DrugPlan::anthracycline);
    }
}
