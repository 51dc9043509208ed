package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * A check-in's answers to the items that are not on the ESAS-r form (vomiting and loose stools counted in 24
 * hours, the user's own items) as survey Observations, coded in the app's own code system: no standard code
 * names "my own item called Mouth sores".
 */
final class ItemObservationMapper {

    static final String ITEMS = Fhir.APP + "/CodeSystem/journal-item";

    private ItemObservationMapper() {
    }

    static List<ObjectNode> observations(Mapping mapping, CheckIn checkIn, Map<Long, SymptomItem> items) {
        List<ObjectNode> observations = new ArrayList<>();
        checkIn.answers().forEach((itemId, value) -> {
            SymptomItem item = items.get(itemId);
            if (item == null || item.isEsas()) {
                return;
            }
            String code = item.isBuiltIn() ? item.code() : "custom-" + item.id();
            ObjectNode observation = mapping.resource("Observation", "item-" + code, checkIn.uid());
            observation.put("status", "final");
            observation.set("category", Fhir.list(Fhir.concept(
                    Fhir.coding(Fhir.OBSERVATION_CATEGORY, "survey", "Survey"), null)));
            observation.set("code", Fhir.concept(Fhir.coding(ITEMS, code, item.displayName()),
                    item.displayName()));
            observation.set("subject", mapping.patient());
            // the patient measured or answered it themselves; a carer is not on record
            if (checkIn.recorder().role() == RecorderRole.PATIENT) {
                observation.set("performer", Fhir.list(mapping.patient()));
            }
            observation.put("effectiveDateTime", Fhir.dateTime(checkIn.recordedAt()));
            observation.put("valueInteger", value);
            observations.add(observation);
        });
        return observations;
    }
}
