package org.leiojournal.domain.symptom;

/** Who completed a check-in, as the ESAS-r "completed by" box asks. */
public enum RecorderRole {
    PATIENT("recorder.patient"),
    FAMILY_CAREGIVER("recorder.familyCaregiver"),
    HEALTH_PROFESSIONAL("recorder.healthProfessional"),
    CAREGIVER_ASSISTED("recorder.caregiverAssisted");

    private final String messageKey;

    RecorderRole(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() { return messageKey; }
}
