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

    static java.util.List<AdministrationRow> of(Course course) {
        return course.calendar().treatmentDays().stream()
                .flatMap(day -> day.drugs().stream().map(drug -> new AdministrationRow(course, day, drug,
                        course.history().doseOf(day.cycle(), day.day(), drug.drug()))))
                .toList();
    }
}
