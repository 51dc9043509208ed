package org.leiojournal.transfer.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The validator the FHIR export is checked with really checks: a valid Bundle passes, a broken one does not. */
@Tag("validator")
class FhirCheckTest {

    private static final String VALID = """
            {"resourceType": "Bundle", "id": "b", "type": "collection", "entry": [
              {"fullUrl": "urn:uuid:6f1c1d2e-0a4b-4c55-9d2e-1a2b3c4d5e6f",
               "resource": {"resourceType": "Patient", "id": "p", "active": true}}]}
            """;

    @Test
    void aValidBundleHasNoErrors() {
        assertEquals(List.of(), FhirCheck.errors(VALID));
    }

    @Test
    void aBundleWithAWrongCodeAndAnUnknownElementHasErrors() {
        String broken = VALID.replace("\"collection\"", "\"heap\"").replace("\"active\": true", "\"colour\": 1");
        List<String> errors = FhirCheck.errors(broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains("heap")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("colour")), errors.toString());
    }

    private static final String WITH_OBSERVATION = """
            {"resourceType": "Bundle", "id": "b", "type": "collection", "entry": [
              {"fullUrl": "urn:uuid:6f1c1d2e-0a4b-4c55-9d2e-1a2b3c4d5e6f",
               "resource": {"resourceType": "Patient", "id": "p", "active": true}},
              {"fullUrl": "urn:uuid:7f1c1d2e-0a4b-4c55-9d2e-1a2b3c4d5e60",
               "resource": {"resourceType": "Observation", "id": "o", "status": "final",
                 "code": {"text": "Weight"}, "valueQuantity": {"value": 70, "unit": "kg"},
                 "subject": {"reference": "urn:uuid:6f1c1d2e-0a4b-4c55-9d2e-1a2b3c4d5e6f"}}}]}
            """;

    @Test
    void inPartsPassesAValidBundle() throws Exception {
        assertEquals(List.of(), FhirCheck.errorsInParts(WITH_OBSERVATION));
    }

    @Test
    void inPartsFindsABrokenResourceAndAReferenceOutsideTheBundle() throws Exception {
        String broken = WITH_OBSERVATION.replace("\"code\": {\"text\": \"Weight\"}, ", "")
                .replace("\"reference\": \"urn:uuid:6f1c", "\"reference\": \"urn:uuid:0000");
        List<String> errors = FhirCheck.errorsInParts(broken);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Observation.code")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("urn:uuid:00001d2e") && e.contains("not in the Bundle")),
                errors.toString());
    }
}
