package org.leiojournal.domain.appointment;

/** What an appointment is for. The order is the order the form offers them in. */
public enum AppointmentKind {
    CLINIC_VISIT, CT, MRI, XRAY, PET, BLOOD_TEST, INFUSION, RADIOTHERAPY, SURGERY, ECHO_MUGA, OTHER;

    /** Scans that follow-up plans schedule beside clinic visits. */
    public boolean isScan() {
        return this == CT || this == MRI || this == XRAY || this == PET;
    }
}
