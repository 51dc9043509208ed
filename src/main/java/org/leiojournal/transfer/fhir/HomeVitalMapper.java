package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leiojournal.domain.lab.HomeVital;

/**
 * A home blood pressure reading as the R4 core profile bp (panel LOINC 85354-9 with systolic 8480-6 and diastolic
 * 8462-4 as components, UCUM mm[Hg]), and its pulse, when the machine showed one, as the heartrate profile (LOINC
 * 8867-4, UCUM /min), both at the time measured.
 */
final class HomeVitalMapper {

    static final String PANEL = "85354-9";
    static final String SYSTOLIC = "8480-6";
    static final String DIASTOLIC = "8462-4";
    static final String PULSE = "8867-4";
    static final String MMHG = "mm[Hg]";
    static final String PER_MINUTE = "/min";

    private HomeVitalMapper() {
    }

    static List<ObjectNode> observations(Mapping mapping, HomeVital reading, ZoneId zone) {
        List<ObjectNode> observations = new ArrayList<>();
        ObjectNode bp = VitalSignsMapper.vital(mapping, "bp", reading.id(), "bp", PANEL,
                "Blood pressure panel with all children optional", "Blood pressure",
                reading.measuredAt().atZone(zone));
        bp.putArray("component")
                .add(component(SYSTOLIC, "Systolic blood pressure", reading.systolic()))
                .add(component(DIASTOLIC, "Diastolic blood pressure", reading.diastolic()));
        observations.add(bp);
        reading.pulse().ifPresent(beats -> {
            ObjectNode pulse = VitalSignsMapper.vital(mapping, "pulse", reading.id(), "heartrate", PULSE,
                    "Heart rate", "Pulse", reading.measuredAt().atZone(zone));
            pulse.set("valueQuantity", Fhir.quantity(BigDecimal.valueOf(beats), "beats/minute", PER_MINUTE));
            observations.add(pulse);
        });
        return observations;
    }

    private static ObjectNode component(String loinc, String name, int mmHg) {
        ObjectNode component = Fhir.object();
        component.set("code", Fhir.concept(Fhir.coding(Fhir.LOINC, loinc, name), name));
        component.set("valueQuantity", Fhir.quantity(BigDecimal.valueOf(mmHg), "mmHg", MMHG));
        return component;
    }
}
