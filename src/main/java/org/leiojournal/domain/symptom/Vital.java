package org.leiojournal.domain.symptom;

/** The measurements a check-in records beside the symptom scores. */
public enum Vital {
    TEMPERATURE,
    WEIGHT
}
