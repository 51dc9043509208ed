package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The small pieces of FHIR R4 JSON every mapper builds from: codings, quantities, references, date-times. */
final class Fhir {

    /**
     * The app's own namespace for its canonical URLs and code systems. Canonical URLs name things; they need not
     * resolve, and nothing is ever fetched from them.
     */
    static final String APP = "http://leiojournal.org/fhir";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** Keeps a number's trailing zeros: 37.0 °C is written 37.0, as entered. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** FHIR wants the seconds and the offset of a time ("2026-11-22T09:30:00Z"). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Fhir() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A resource of {@code type} with its id; no narrative ({@code text}), so no health data is repeated as HTML. */
    static ObjectNode resource(String type, String id) {
        ObjectNode resource = object();
        resource.put("resourceType", type);
        resource.put("id", id);
        return resource;
    }

    static ObjectNode coding(String system, String code, String display) {
        ObjectNode coding = object().put("system", system).put("code", code);
        if (display != null && !display.isEmpty()) {
            coding.put("display", display);
        }
        return coding;
    }

    /** A CodeableConcept of one coding and its text. */
    static ObjectNode concept(ObjectNode coding, String text) {
        ObjectNode concept = object();
        concept.putArray("coding").add(coding);
        if (text != null && !text.isEmpty()) {
            concept.put("text", text);
        }
        return concept;
    }

    /** A CodeableConcept of words only, where no code system names the thing (a drug as the user typed it). */
    static ObjectNode text(String text) {
        return object().put("text", text);
    }

    static ArrayNode list(ObjectNode... nodes) {
        ArrayNode list = array();
        for (ObjectNode node : nodes) {
            list.add(node);
        }
        return list;
    }

    static ObjectNode reference(String fullUrl) {
        return object().put("reference", fullUrl);
    }

    /** A UCUM quantity: the value exactly as stored, never rounded. */
    static ObjectNode quantity(BigDecimal value, String unit, String ucum) {
        return object().put("value", value).put("unit", unit).put("system", UCUM).put("code", ucum);
    }

    static String dateTime(ZonedDateTime moment) {
        return DATE_TIME.format(moment);
    }
}
