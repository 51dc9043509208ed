package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;

/**
 * A blood test's values as laboratory Observations, one per value: the catalogue's LOINC code, the value and UCUM
 * unit exactly as entered (a dipstick's printed word as text), the lab's printed range as {@code referenceRange} in
 * the same unit, {@code effective} = when the blood was drawn, and the lab's name as the performer when given.
 */
final class LabMapper {

    static final String KIND = "lab";

    private LabMapper() {
    }

    static List<ObjectNode> observations(Mapping mapping, BloodTest test, LabCatalog catalog, ZoneId zone) {
        List<ObjectNode> observations = new ArrayList<>();
        for (LabResult result : test.results()) {
            // a value of a test no longer in the catalogue has no LOINC code to send; the JSON export keeps it
            catalog.byId(result.testId()).ifPresent(labTest ->
                    observations.add(observation(mapping, test, result, labTest, zone)));
        }
        return observations;
    }

    private static ObjectNode observation(Mapping mapping, BloodTest test, LabResult result, LabTest labTest,
                                          ZoneId zone) {
        ObjectNode observation = mapping.resource("Observation", KIND, test.id() + "/" + result.testId());
        observation.put("status", "final");
        observation.set("category", Fhir.list(Fhir.concept(
                Fhir.coding(Fhir.OBSERVATION_CATEGORY, "laboratory", "Laboratory"), null)));
        observation.set("code", Fhir.concept(Fhir.coding(Fhir.LOINC, labTest.loinc(), labTest.loincName()),
                labTest.name()));
        observation.set("subject", mapping.patient());
        observation.put("effectiveDateTime", Fhir.dateTime(test.drawnAt().atZone(zone)));
        if (!test.lab().isEmpty()) {
            observation.set("performer", Fhir.list(Fhir.object().put("display", test.lab())));
        }
        Optional<BigDecimal> number = result.number();
        if (number.isEmpty() || result.unit().isEmpty()) {
            observation.put("valueString", result.value());
            return observation;
        }
        String label = labTest.unit(result.unit()).map(LabUnit::label).orElse(result.unit());
        observation.set("valueQuantity", Fhir.quantity(number.get(), label, result.unit()));
        if (result.labLow().isPresent() || result.labHigh().isPresent()) {
            ObjectNode range = Fhir.object();
            result.labLow().ifPresent(low -> range.set("low", Fhir.quantity(low, label, result.unit())));
            result.labHigh().ifPresent(high -> range.set("high", Fhir.quantity(high, label, result.unit())));
            observation.set("referenceRange", Fhir.list(range));
        }
        return observation;
    }
}
