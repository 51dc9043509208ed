package org.leiojournal.domain.treatment;

/** What a course calendar shows on a day. */
public enum EntryKind {
    DRUG, PREMEDICATION, GROWTH_FACTOR, PROTECTIVE, MONITORING, LOW_COUNTS;

    static EntryKind of(SupportKind kind) {
        return switch (kind) {
            case PREMEDICATION -> PREMEDICATION;
            case GROWTH_FACTOR -> GROWTH_FACTOR;
            case PROTECTIVE -> PROTECTIVE;
        };
    }
}
