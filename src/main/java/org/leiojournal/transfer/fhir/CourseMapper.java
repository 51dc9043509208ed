package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.domain.treatment.TreatmentDay;
import org.leiojournal.domain.trend.DateSpan;

/**
 * What a course of treatment records: each dose given, reduced or skipped as a MedicationAdministration on the day
 * it fell on (after delays), with the amount in the plan's unit (mg/m² stays mg/m²); tablets taken at home as a
 * MedicationStatement over the course, and each day the user ticked a dose taken as a MedicationAdministration.
 */
final class CourseMapper {

    private CourseMapper() {
    }

    static List<ObjectNode> resources(Mapping mapping, Course course, DateSpan range) {
        List<ObjectNode> resources = new ArrayList<>();
        CourseCalendar calendar = course.calendar();
        for (DoseRecord dose : course.history().doses()) {
            Optional<TreatmentDay> day = calendar.treatmentDay(dose.cycle(), dose.day());
            if (day.isPresent() && range.contains(day.get().date())) {
                resources.add(administration(mapping, course, dose, day.get()));
            }
        }
        List<DrugPlan> tablets = course.plan().phases().stream().flatMap(p -> p.drugs().stream())
                .filter(d -> d.route() == Route.ORAL).toList();
        LocalDate first = calendar.firstDay();
        Optional<LocalDate> last = calendar.lastDay();
        boolean overlaps = !first.isAfter(range.last()) && last.map(l -> !l.isBefore(range.first())).orElse(true);
        for (DrugPlan tablet : tablets) {
            if (overlaps) {
                resources.add(statement(mapping, course, tablet, first, last));
            }
            course.history().oralDosesTaken().stream().filter(range::contains).sorted()
                    .forEach(day -> resources.add(taken(mapping, course, tablet, day)));
        }
        return resources;
    }

    private static ObjectNode administration(Mapping mapping, Course course, DoseRecord dose, TreatmentDay day) {
        ObjectNode given = mapping.resource("MedicationAdministration", "course-dose",
                course.id() + "/" + dose.cycle() + "/" + dose.day() + "/" + dose.drug());
        given.put("status", dose.outcome() == DoseOutcome.SKIPPED ? "not-done" : "completed");
        if (dose.outcome() != DoseOutcome.GIVEN) {
            String reason = dose.outcome() == DoseOutcome.SKIPPED ? "Skipped" : "Reduced";
            given.set("statusReason", Fhir.list(Fhir.text(reason)));
        }
        given.set("medicationCodeableConcept", Fhir.text(dose.drug()));
        given.set("subject", mapping.patient());
        given.put("effectiveDateTime", day.date().toString());
        given.putArray("note").addObject().put("text", "Cycle " + dose.cycle() + ", day " + dose.day());
        // R4 wants a dose in every dosage (mad-1): a skipped dose has none, so no dosage.
        Optional<DrugPlan> plan = day.drugs().stream().filter(d -> d.drug().equals(dose.drug())).findFirst();
        if (dose.amount().isPresent() && plan.isPresent()) {
            ObjectNode dosage = given.putObject("dosage");
            dosage.set("route", Routes.route(plan.get().route()));
            // The amount is in the plan's unit (mg/m² stays mg/m²).
            dosage.set("dose", Fhir.quantity(dose.amount().get(), plan.get().dose().unit().symbol(),
                    Routes.ucum(plan.get().dose().unit())));
        }
        return given;
    }

    private static ObjectNode statement(Mapping mapping, Course course, DrugPlan tablet, LocalDate first,
                                        Optional<LocalDate> last) {
        ObjectNode statement = mapping.resource("MedicationStatement", "course-tablet",
                course.id() + "/" + tablet.drug());
        boolean ended = last.filter(l -> l.isBefore(mapping.today())).isPresent();
        boolean future = first.isAfter(mapping.today());
        statement.put("status", ended ? "completed" : future ? "intended" : "active");
        statement.set("medicationCodeableConcept", Fhir.text(tablet.drug()));
        statement.set("subject", mapping.patient());
        ObjectNode period = statement.putObject("effectivePeriod").put("start", first.toString());
        last.ifPresent(l -> period.put("end", l.toString()));
        ObjectNode dosage = statement.putArray("dosage").addObject();
        dosage.set("route", Routes.route(tablet.route()));
        // Until the user typed the dose from their label, the app shows none, and neither does the export.
        if (!tablet.awaitsDoseFromLabel()) {
            dosage.putArray("doseAndRate").addObject().set("doseQuantity", Fhir.quantity(tablet.dose().amount(),
                    tablet.dose().unit().symbol(), Routes.ucum(tablet.dose().unit())));
        }
        return statement;
    }

    private static ObjectNode taken(Mapping mapping, Course course, DrugPlan tablet, LocalDate day) {
        ObjectNode taken = mapping.resource("MedicationAdministration", "course-tablet-taken",
                course.id() + "/" + tablet.drug() + "/" + day);
        taken.put("status", "completed");
        taken.set("medicationCodeableConcept", Fhir.text(tablet.drug()));
        taken.set("subject", mapping.patient());
        taken.put("effectiveDateTime", day.toString());
        return taken;
    }
}
