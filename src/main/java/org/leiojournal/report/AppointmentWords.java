package org.leiojournal.report;

import org.leiojournal.domain.appointment.AppointmentKind;

/**
 * The plain English name of each kind of appointment, for an event without a title of its own (calendar) and for
 * a FHIR Appointment's service type. Calendar and FHIR files
 * have no user language yet, so the words live here, in one place; a switch so that a new kind cannot be
 * forgotten.
 */
public final class AppointmentWords {

    private AppointmentWords() {
    }

    public static String kind(AppointmentKind kind) {
        return switch (kind) {
            case CLINIC_VISIT -> "Clinic visit";
            case CT -> "CT scan";
            case MRI -> "MRI scan";
            case XRAY -> "X-ray";
            case PET -> "PET scan";
            case BLOOD_TEST -> "Blood test";
            case INFUSION -> "Infusion";
            case RADIOTHERAPY -> "Radiotherapy";
            case SURGERY -> "Surgery";
            case ECHO_MUGA -> "Heart scan (echo or MUGA)";
            case OTHER -> "Appointment";
        };
    }
}
