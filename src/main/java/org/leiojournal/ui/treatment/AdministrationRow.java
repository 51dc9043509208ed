package org.leiojournal.ui.treatment;

import java.util.Optional;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Dose;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.TreatmentDay;

/** One drug on one treatment day of a course, with what was recorded about it. */
public record AdministrationRow(Course course, TreatmentDay day, DrugPlan drug, Optional<DoseRecord> record) {

    /** The plan's dose for this course's body surface area, exactly as the plan gives it. */
    public Dose plannedForPatient() {
        return drug.dose().forBodySurface(course.bsa().squareMetres());
    }

    /** Every drug of every treatment day, up to the cycles worth listing today (see CourseCalendar). */
    static java.util.List<AdministrationRow> of(Course course, java.time.LocalDate today) {
        var calendar = course.calendar();
        int last = calendar.cyclesToShow(today).stream().mapToInt(c -> c.number()).max().orElse(0);
        return calendar.treatmentDays().stream().filter(d -> d.cycle() <= last)
                .flatMap(day -> day.drugs().stream().map(drug -> new AdministrationRow(course, day, drug,
                        course.history().doseOf(day.cycle(), day.day(), drug.drug()))))
                .toList();
    }
}
