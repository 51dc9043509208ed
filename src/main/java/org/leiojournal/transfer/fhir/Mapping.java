package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * What every mapper needs besides its record: the journal's ids, the Patient every resource is about, and today
 * (a surgery dated after today is planned, not done).
 */
record Mapping(FhirIds ids, String patientId, LocalDate today) {

    ObjectNode patient() {
        return Fhir.reference(FhirIds.fullUrl(patientId));
    }

    /** A new resource of {@code type} whose id comes from {@code kind} and {@code key}. */
    ObjectNode resource(String type, String kind, Object key) {
        return Fhir.resource(type, ids.id(kind, key));
    }
}
