package org.leiojournal.domain.appointment;

/** A question to ask: still open, answered at the visit, or carried over to a later visit. */
public enum QuestionState {
    OPEN, ANSWERED, CARRIED_OVER
}
