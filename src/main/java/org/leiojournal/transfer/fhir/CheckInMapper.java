package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.EsasItem;
import org.leiojournal.domain.symptom.RecorderRole;
import org.leiojournal.domain.symptom.SymptomItem;

/**
 * A check-in's ESAS-r answers as a QuestionnaireResponse to {@link EsasQuestionnaire}. An item left unanswered is
 * absent, never 0. The other items of a check-in (counts, the user's own items) and its measurements are
 * Observations, made by their own mappers.
 */
final class CheckInMapper {

    private CheckInMapper() {
    }

    /** Empty when the check-in answered no ESAS-r item. */
    static Optional<ObjectNode> response(Mapping mapping, CheckIn checkIn, Map<Long, SymptomItem> items) {
        ArrayNode answers = Fhir.array();
        for (EsasItem esas : EsasItem.values()) {
            items.values().stream().filter(i -> esas.code().equals(i.code())).findFirst()
                    .flatMap(i -> checkIn.answer(i.id()))
                    .ifPresent(score -> answers.addObject().put("linkId", esas.code())
                            .putArray("answer").addObject().put("valueInteger", score));
            if (esas == EsasItem.OTHER_PROBLEM && !checkIn.otherProblem().isEmpty()) {
                answers.addObject().put("linkId", EsasQuestionnaire.OTHER_NAME)
                        .putArray("answer").addObject().put("valueString", checkIn.otherProblem());
            }
        }
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode response = mapping.resource("QuestionnaireResponse", "check-in", checkIn.uid());
        response.put("questionnaire", EsasQuestionnaire.URL);
        response.put("status", "completed");
        response.set("subject", mapping.patient());
        response.put("authored", Fhir.dateTime(checkIn.recordedAt()));
        // A carer who filled it in is not the patient; the journal keeps no person record for them.
        if (checkIn.recorder().role() == RecorderRole.PATIENT) {
            response.set("author", mapping.patient());
            response.set("source", mapping.patient());
        }
        response.set("item", answers);
        return Optional.of(response);
    }
}
