package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;

/**
 * The ESAS-r form as a FHIR Questionnaire, under the app's canonical URL: the form's instruction, its ten items with
 * their names and definitions, the answers 0 to 10 with the form's words at each end, its acknowledgement as the
 * copyright, and the line where the "Other Problem" is named. Check-ins answer it as QuestionnaireResponses.
 */
final class EsasQuestionnaire {

    static final String URL = Fhir.APP + "/Questionnaire/esas-r";
    static final String VERSION = "2010-11";
    static final String INSTRUCTION = "instruction";
    /** The blank on the form where the patient writes which other problem they scored. */
    static final String OTHER_NAME = EsasItem.OTHER_PROBLEM.code() + ".name";

    private EsasQuestionnaire() {
    }

    /** The same for every journal, so its id does not depend on the journal. */
    static ObjectNode questionnaire() {
        ObjectNode form = Fhir.resource("Questionnaire", new FhirIds("leio-journal").id("Questionnaire", URL));
        form.put("url", URL);
        form.put("version", VERSION);
        form.put("name", "ESASr");
        form.put("title", "Edmonton Symptom Assessment System – revised (ESAS-r)");
        form.put("status", "active");
        form.putArray("subjectType").add("Patient");
        form.put("copyright", EsasItem.ACKNOWLEDGEMENT);
        ArrayNode items = form.putArray("item");
        items.addObject().put("linkId", INSTRUCTION).put("text", EsasItem.INSTRUCTION).put("type", "display");
        for (EsasItem esas : EsasItem.values()) {
            items.add(item(esas));
            if (esas == EsasItem.OTHER_PROBLEM) {
                items.addObject().put("linkId", OTHER_NAME).put("text", "Other Problem: which problem")
                        .put("type", "string").put("maxLength", CheckIn.MAX_OTHER_PROBLEM_LENGTH);
            }
        }
        return form;
    }

    static String text(EsasItem esas) {
        return esas.definition() == null ? esas.label() : esas.label() + " (" + esas.definition() + ")";
    }

    private static ObjectNode item(EsasItem esas) {
        ObjectNode item = Fhir.object().put("linkId", esas.code()).put("text", text(esas)).put("type", "integer");
        ArrayNode options = item.putArray("answerOption");
        for (int score = 0; score <= 10; score++) {
            options.addObject().put("valueInteger", score);
        }
        ArrayNode anchors = item.putArray("item");
        anchors.addObject().put("linkId", esas.code() + ".0").put("text", "0 = " + esas.lowAnchor())
                .put("type", "display");
        anchors.addObject().put("linkId", esas.code() + ".10").put("text", "10 = " + esas.highAnchor())
                .put("type", "display");
        return item;
    }
}
