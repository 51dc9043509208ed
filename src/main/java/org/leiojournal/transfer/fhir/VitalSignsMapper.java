package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.RecorderRole;

/**
 * A check-in's temperature and weight as vital-signs Observations conforming to the R4 core profiles bodytemp
 * (LOINC 8310-5) and bodyweight (LOINC 29463-7): the value and unit exactly as the user entered them (UCUM Cel or
 * [degF]; kg or [lb_av]), never converted. Home blood pressure and pulse ({@link HomeVitalMapper}) share
 * the shape.
 */
final class VitalSignsMapper {

    private static final String PROFILES = "http://hl7.org/fhir/StructureDefinition/";

    private VitalSignsMapper() {
    }

    static List<ObjectNode> observations(Mapping mapping, CheckIn checkIn) {
        List<ObjectNode> observations = new ArrayList<>();
        checkIn.temperatureReading().ifPresent(t -> observations.add(vital(mapping, checkIn, "temperature",
                "bodytemp", "8310-5", "Body temperature", checkIn.recordedAt(), t.value(),
                t.unit() == TemperatureUnit.CELSIUS ? "Cel" : "[degF]", t.unit().symbol())));
        checkIn.weightReading().ifPresent(w -> observations.add(vital(mapping, checkIn, "weight",
                "bodyweight", "29463-7", "Body weight", checkIn.recordedAt(), w.value(),
                w.unit() == WeightUnit.KILOGRAM ? "kg" : "[lb_av]", w.unit().symbol())));
        return observations;
    }

    private static ObjectNode vital(Mapping mapping, CheckIn checkIn, String kind, String profile, String loinc,
                                    String name, ZonedDateTime when, BigDecimal value, String ucum, String unit) {
        ObjectNode observation = vital(mapping, kind, checkIn.uid(), profile, loinc, name, name, when);
        // the patient measured or answered it themselves; a carer is not on record
        if (checkIn.recorder().role() == RecorderRole.PATIENT) {
            observation.set("performer", Fhir.list(mapping.patient()));
        }
        observation.set("valueQuantity", Fhir.quantity(value, unit, ucum));
        return observation;
    }

    /**
     * A final vital-signs Observation of the R4 core {@code profile} about the patient, coded in LOINC, without its
     * value: a check-in's measurement and a home blood pressure reading are built alike.
     */
    static ObjectNode vital(Mapping mapping, String kind, Object key, String profile, String loinc, String loincName,
                            String text, ZonedDateTime when) {
        ObjectNode observation = mapping.resource("Observation", kind, key);
        observation.putObject("meta").putArray("profile").add(PROFILES + profile);
        observation.put("status", "final");
        observation.set("category", Fhir.list(Fhir.concept(
                Fhir.coding(Fhir.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"), null)));
        observation.set("code", Fhir.concept(Fhir.coding(Fhir.LOINC, loinc, loincName), text));
        observation.set("subject", mapping.patient());
        observation.put("effectiveDateTime", Fhir.dateTime(when));
        return observation;
    }
}
