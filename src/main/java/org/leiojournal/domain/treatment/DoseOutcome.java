package org.leiojournal.domain.treatment;

/** What happened to one planned dose. A delay is recorded separately because it moves the rest of the course. */
public enum DoseOutcome {
    GIVEN, REDUCED, SKIPPED
}
