package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/**
 * Operations and radiotherapy courses as Procedures. One dated after today is planned: status "preparation"; a
 * radiotherapy course under way is "in-progress". The procedure and site are the user's words (no code is
 * guessed); the user's free-text notes stay in the journal.
 */
final class ProcedureMapper {

    private ProcedureMapper() {
    }

    static ObjectNode surgery(Mapping mapping, Surgery surgery) {
        ObjectNode procedure = mapping.resource("Procedure", "surgery", surgery.id());
        procedure.put("status", surgery.date().isAfter(mapping.today()) ? "preparation" : "completed");
        procedure.set("category", Fhir.concept(Fhir.coding(Fhir.SNOMED, "387713003", "Surgical procedure"),
                "Surgery"));
        procedure.set("code", Fhir.text(surgery.procedure()));
        procedure.set("subject", mapping.patient());
        procedure.put("performedDateTime", surgery.date().toString());
        if (!surgery.site().isEmpty()) {
            procedure.set("bodySite", Fhir.list(Fhir.text(surgery.site())));
        }
        return procedure;
    }

    static ObjectNode radiotherapy(Mapping mapping, Radiotherapy course) {
        ObjectNode procedure = mapping.resource("Procedure", "radiotherapy", course.id());
        LocalDate today = mapping.today();
        procedure.put("status", course.start().isAfter(today) ? "preparation"
                : course.end().isBefore(today) ? "completed" : "in-progress");
        procedure.set("code", Fhir.text("Radiotherapy"));
        procedure.set("subject", mapping.patient());
        procedure.putObject("performedPeriod").put("start", course.start().toString())
                .put("end", course.end().toString());
        if (!course.site().isEmpty()) {
            procedure.set("bodySite", Fhir.list(Fhir.text(course.site())));
        }
        List<String> facts = new ArrayList<>();
        course.fractions().ifPresent(f -> facts.add(f + (f == 1 ? " fraction" : " fractions")));
        if (!course.technique().isEmpty()) {
            facts.add("technique: " + course.technique());
        }
        if (course.chestOrMediastinal()) {
            facts.add("the chest or mediastinum was treated");
        }
        if (!facts.isEmpty()) {
            procedure.putArray("note").addObject().put("text", String.join("; ", facts));
        }
        return procedure;
    }
}
