package org.leiojournal.transfer.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI FHIR's validator, offline, against the R4 core specification (issue 23): what a clinic's system or a
 * registry would check a file against. The Questionnaires inside a Bundle are registered too, so each
 * QuestionnaireResponse is checked against its form (items, answer types, answer options). Building the validator
 * and its first run take many seconds, so there is one per test JVM, and the tests using it are tagged
 * {@code validator} (left out of {@code -Pfast}).
 */
public final class FhirCheck {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    /** The forms of the Bundles checked so far: a later Bundle's Questionnaire of the same URL replaces one. */
    private static final PrePopulatedValidationSupport FORMS = new PrePopulatedValidationSupport(CONTEXT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FhirValidator validator;
    /** Entries a part holds before the entries its references lead to: small enough for the linear search. */
    private static final int PART = 500;

    private FhirCheck() {
    }

    /** Every message the validator gives for {@code json}, warnings and information included. */
    static synchronized List<SingleValidationMessage> messages(String json) {
        registerForms(json);
        return validator().validateWithResult(json).getMessages();
    }

    private static FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(CONTEXT),
                    FORMS,
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT),
                    new SnapshotGeneratingValidationSupport(CONTEXT));
            validator = CONTEXT.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /**
     * The errors of a large Bundle, checked in parts of {@code PART} entries, each with the entries its references
     * lead to. The validator resolves a reference inside a Bundle by a linear search and builds a new instance
     * validator for each call, so neither a whole ten-year Bundle (tens of thousands of entries: hours) nor one call
     * per entry (minutes of set-up alone) will do. A reference that leads outside the Bundle is an error too.
     */
    public static synchronized List<String> errorsInParts(String json) throws IOException {
        registerForms(json);
        JsonNode bundle = JSON.readTree(json);
        Map<String, JsonNode> byUrl = new HashMap<>();
        bundle.path("entry").forEach(e -> byUrl.put(e.path("fullUrl").asText(), e));
        List<JsonNode> entries = new ArrayList<>();
        bundle.path("entry").forEach(entries::add);
        List<String> errors = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += PART) {
            Map<String, JsonNode> inPart = new LinkedHashMap<>();
            entries.subList(from, Math.min(entries.size(), from + PART))
                    .forEach(e -> inPart.put(e.path("fullUrl").asText(), e));
            ArrayDeque<JsonNode> toFollow = new ArrayDeque<>(inPart.values());
            while (!toFollow.isEmpty()) {
                JsonNode entry = toFollow.pop();
                for (JsonNode ref : entry.path("resource").findValues("reference")) {
                    JsonNode target = byUrl.get(ref.asText());
                    if (target == null) {
                        errors.add(entry.path("fullUrl").asText() + " refers to " + ref.asText()
                                + ", which is not in the Bundle");
                    } else if (inPart.putIfAbsent(ref.asText(), target) == null) {
                        toFollow.push(target);
                    }
                }
            }
            ObjectNode part = ((ObjectNode) bundle).deepCopy().without("entry");
            part.putArray("entry").addAll(inPart.values());
            errors.addAll(lines(validator().validateWithResult(JSON.writeValueAsString(part)).getMessages(), true));
        }
        return errors.stream().distinct().toList();
    }

    /** A file too broken to read as a Bundle has no forms to register; the validator then says what is wrong. */
    private static void registerForms(String json) {
        try {
            Bundle bundle = CONTEXT.newJsonParser()
                    .setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false))
                    .parseResource(Bundle.class, json);
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(Questionnaire.class::isInstance).forEach(FORMS::addResource);
        } catch (DataFormatException e) {
            // not a Bundle at all
        }
    }

    /** The errors (and fatal errors) only, one line each: an empty list means the file is valid R4. */
    static List<String> errors(String json) {
        return lines(messages(json), true);
    }

    /** The warnings only, one line each. */
    static List<String> warnings(String json) {
        return lines(messages(json), false);
    }

    static List<String> lines(List<SingleValidationMessage> messages, boolean errors) {
        return messages.stream()
                .filter(m -> errors ? m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()
                        : m.getSeverity() == ResultSeverityEnum.WARNING)
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .toList();
    }
}
