package org.leiojournal.domain.alert;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.leiojournal.domain.validation.Required;

/**
 * "Contact your care team now", raised by one rule on one check-in. {@code observed} is what was recorded, as
 * recorded ("7", "99.5 °F"; empty for a sign). {@code threshold} is the rule's number that was met (°C for a
 * temperature; none for a sign); {@code reference} is what it was measured from: the previous answer for a rise,
 * the usual number for a count. An alert stays open until the user acknowledges it. {@code id} is 0 until saved.
 * Its tier is not kept here: it is its rule's ({@link AlertRuleSet#tierOf}), so the journal needs no new column,
 * exports keep their shape, and an alert of a rule since retired reads as call-now, what it said when raised.
 */
public record Alert(long id, long checkInId, String ruleId, AlertSubject subject, String observed,
                    BigDecimal threshold, BigDecimal reference, ZonedDateTime seenAt,
                    Acknowledgement acknowledgement) {

    public Alert {
        Required.all("ruleId, subject, seenAt", ruleId, subject, seenAt);
        observed = observed == null ? "" : observed;
    }

    public boolean isOpen() {
        return acknowledgement == null;
    }

    public Optional<Acknowledgement> acknowledged() {
        return Optional.ofNullable(acknowledgement);
    }

    public Optional<BigDecimal> thresholdValue() {
        return Optional.ofNullable(threshold);
    }

    public Optional<BigDecimal> referenceValue() {
        return Optional.ofNullable(reference);
    }

    /** Same rule, same subject, same value: an edit that changed nothing here need not be read again. */
    public boolean sameFindingAs(Alert other) {
        return ruleId.equals(other.ruleId) && subject.equals(other.subject) && observed.equals(other.observed);
    }

    public Alert withId(long newId) {
        return new Alert(newId, checkInId, ruleId, subject, observed, threshold, reference, seenAt, acknowledgement);
    }

    public Alert acknowledge(Acknowledgement ack) {
        return new Alert(id, checkInId, ruleId, subject, observed, threshold, reference, seenAt, ack);
    }
}
