package org.leiojournal.domain.treatment;

/** Medicines given with a regimen to make it safer, not to treat the cancer. */
public enum SupportKind {
    PREMEDICATION, GROWTH_FACTOR, PROTECTIVE
}
