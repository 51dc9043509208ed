package org.leiojournal.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.storage.CourseRepository;

/**
 * Saves the story's courses as the course form would (template, cycles, height and weight, through the
 * validator), then what happened before today: delays, each dose given or changed, daily tablets ticked.
 */
record SampleTreatment(CourseRepository courses, RegimenCatalog catalog, LocalDate today, ZoneId zone, Random random) {

    private static final String HEIGHT_CM = "170";

    /** The courses that have started by today, saved with their history. */
    List<Course> write(List<SampleCourse> plans) {
        List<Course> saved = new ArrayList<>();
        for (SampleCourse plan : plans) {
            if (!plan.start().isAfter(today)) {
                Course course = courses.save(validated(plan, saved));
                recordDelays(course, plan);
                recordDoses(courses.find(course.id()).orElseThrow(), plan);
                saved.add(courses.find(course.id()).orElseThrow());
            }
        }
        return saved;
    }

    private Course validated(SampleCourse plan, List<Course> others) {
        Regimen template = catalog.find(plan.template()).orElseThrow();
        CourseDraft form = CourseDraft.fromTemplate(template, plan.start());
        List<String> counts = plan.cycles() == 0 ? form.cycleCountTexts() : List.of(Integer.toString(plan.cycles()));
        CourseDraft draft = new CourseDraft(0, form.template(), form.name(), form.cycleLengthTexts(), counts,
                form.drugs(), plan.start(), true, "", HEIGHT_CM, plan.weightKg(), "");
        return new CourseValidator().validate(draft, others).value()
                .orElseThrow(() -> new IllegalStateException("sample course " + plan.template() + " is invalid"));
    }

    /** A delay is decided on the day the treatment was due, so only those due before today. */
    private void recordDelays(Course course, SampleCourse plan) {
        for (Delay delay : plan.delays()) {
            Optional<TreatmentDay> due = course.calendar().treatmentDay(delay.cycle(), delay.day());
            if (due.filter(d -> d.plannedDate().isBefore(today)).isPresent()) {
                courses.recordDelay(course.id(), delay);
            }
        }
    }

    private void recordDoses(Course course, SampleCourse plan) {
        if (course.plan().continuous()) {
            tickTablets(course);
            return;
        }
        for (TreatmentDay day : course.calendar().treatmentDays()) {
            if (!day.date().isBefore(today)) {
                break;
            }
            for (DrugPlan drug : day.drugs()) {
                DoseRecord dose = plan.changedDoses().stream().filter(d -> d.isFor(day.cycle(), day.day(),
                        drug.drug())).findFirst().orElse(new DoseRecord(day.cycle(), day.day(), drug.drug(),
                        DoseOutcome.GIVEN, Optional.of(drug.dose().amount()), ""));
                courses.recordDose(course.id(), dose);
            }
        }
    }

    /** Pazopanib ticked as taken on most mornings, an hour before breakfast; about one day in 30 forgotten. */
    private void tickTablets(Course course) {
        for (LocalDate day = course.start(); day.isBefore(today); day = day.plusDays(1)) {
            if (random.nextInt(30) != 0) {
                courses.markOralDoseTaken(course.id(), day, ZonedDateTime.of(day,
                        LocalTime.of(7, 0).plusMinutes(random.nextInt(20)), zone));
            }
        }
    }
}
