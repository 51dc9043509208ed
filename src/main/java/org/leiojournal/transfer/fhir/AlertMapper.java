package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertSubject;

/**
 * An alert as a Flag: a warning about the patient to keep in mind, active until the user marked it read, then
 * inactive (period start and end). Flag, not DetectedIssue (about a proposed order) or RiskAssessment (a
 * prediction): docs/fhir.md says why. The code is the app's rule id; its text is the tier's heading ("Call your
 * care team now") and what was recorded.
 */
final class AlertMapper {

    static final String RULES = Fhir.APP + "/CodeSystem/alert-rule";
    private static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    private AlertMapper() {
    }

    static ObjectNode flag(Mapping mapping, Alert alert, AlertRuleSet rules, ZoneId zone) {
        ObjectNode flag = mapping.resource("Flag", "alert", alert.id());
        flag.put("status", alert.isOpen() ? "active" : "inactive");
        flag.set("category", Fhir.list(Fhir.concept(Fhir.coding(FLAG_CATEGORY, "clinical", "Clinical"), null)));
        String heading = rules.wording(rules.tierOf(alert)).heading();
        flag.set("code", Fhir.concept(Fhir.coding(RULES, alert.ruleId(), null), heading + ": " + about(alert)));
        flag.set("subject", mapping.patient());
        ObjectNode period = flag.putObject("period").put("start", Fhir.dateTime(alert.seenAt()));
        alert.acknowledged().ifPresent(a -> period.put("end", Fhir.dateTime(a.at().atZone(zone))));
        return flag;
    }

    /** "temperature 38.4 °C", "count.vomiting 3", "sign chest-pain": the subject and what was recorded. */
    private static String about(Alert alert) {
        AlertSubject subject = alert.subject();
        String what = subject.type() == AlertSubject.Type.SIGN ? "warning sign " + subject.code() : subject.code();
        return alert.observed().isEmpty() ? what : what + " " + alert.observed();
    }
}
