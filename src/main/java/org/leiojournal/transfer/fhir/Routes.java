package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.Route;

/** How a drug is given and in what unit, in the codes FHIR dosage elements use (SNOMED CT routes, UCUM). */
final class Routes {

    private Routes() {
    }

    static ObjectNode route(Route route) {
        return switch (route) {
            case INTRAVENOUS -> Fhir.concept(Fhir.coding(Fhir.SNOMED, "47625008", "Intravenous route"),
                    "Intravenous");
            case ORAL -> Fhir.concept(Fhir.coding(Fhir.SNOMED, "26643006", "Oral route"), "By mouth");
            case SUBCUTANEOUS -> Fhir.concept(Fhir.coding(Fhir.SNOMED, "34206005", "Subcutaneous route"),
                    "Under the skin");
        };
    }

    static String ucum(DoseUnit unit) {
        return switch (unit) {
            case MG_PER_M2 -> "mg/m2";
            case G_PER_M2 -> "g/m2";
            case MG -> "mg";
            case G -> "g";
        };
    }
}
