package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineDose;

/**
 * A supportive medicine as a MedicationStatement (what, how much as the user wrote it, when: set times or as
 * needed, from its start to its end), and each dose the user logged as a MedicationAdministration.
 */
final class MedicineMapper {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MedicineMapper() {
    }

    static ObjectNode statement(Mapping mapping, Medicine medicine) {
        ObjectNode statement = mapping.resource("MedicationStatement", "medicine", medicine.id());
        statement.put("status", medicine.hasEndedBy(mapping.today()) ? "completed"
                : medicine.start().isAfter(mapping.today()) ? "intended" : "active");
        statement.set("medicationCodeableConcept", Fhir.text(medicine.name()));
        statement.set("subject", mapping.patient());
        ObjectNode period = statement.putObject("effectivePeriod").put("start", medicine.start().toString());
        medicine.end().ifPresent(e -> period.put("end", e.toString()));
        ObjectNode dosage = statement.putArray("dosage").addObject();
        String when = medicine.isAsNeeded() ? "when needed"
                : "at " + medicine.times().stream().map(SHORT_TIME::format).collect(Collectors.joining(", "));
        dosage.put("text", medicine.dose().isEmpty() ? when : medicine.dose() + ", " + when);
        if (medicine.isAsNeeded()) {
            dosage.put("asNeededBoolean", true);
        } else {
            ArrayNode times = dosage.putObject("timing").putObject("repeat").putArray("timeOfDay");
            for (LocalTime time : medicine.times()) {
                times.add(TIME.format(time));
            }
        }
        return statement;
    }

    static ObjectNode administration(Mapping mapping, Medicine medicine, MedicineDose dose) {
        ObjectNode taken = mapping.resource("MedicationAdministration", "medicine-dose", dose.id());
        taken.put("status", "completed");
        taken.set("medicationCodeableConcept", Fhir.text(medicine.name()));
        taken.set("subject", mapping.patient());
        taken.put("effectiveDateTime", Fhir.dateTime(dose.takenAt()));
        // The dose is the user's words ("8 mg", "two puffs"), not a quantity, and R4 wants a quantity in a dosage.
        if (!dose.doseText().isEmpty()) {
            taken.putArray("note").addObject().put("text", "Dose: " + dose.doseText());
        }
        return taken;
    }
}
