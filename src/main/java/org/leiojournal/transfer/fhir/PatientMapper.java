package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leiojournal.domain.profile.Profile;

/** The person the journal is about. Their name and date of birth go in only when the user asks for them. */
final class PatientMapper {

    private PatientMapper() {
    }

    static ObjectNode patient(Mapping mapping, Profile profile, FhirChoices choices) {
        ObjectNode patient = Fhir.resource("Patient", mapping.patientId());
        if (choices.name() && !profile.patientName().isEmpty()) {
            patient.putArray("name").addObject().put("text", profile.patientName());
        }
        if (choices.dateOfBirth()) {
            profile.dateOfBirth().ifPresent(d -> patient.put("birthDate", d.toString()));
        }
        return patient;
    }
}
