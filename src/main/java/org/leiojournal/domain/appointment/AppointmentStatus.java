package org.leiojournal.domain.appointment;

/**
 * Where an appointment stands. {@link #TO_BOOK} is a date a follow-up plan proposed that the hospital has not
 * confirmed yet; {@link #BOOKED} is a confirmed one. Both are still to come.
 */
public enum AppointmentStatus {
    TO_BOOK, BOOKED, ATTENDED, CANCELLED;

    public boolean isUpcoming() {
        return this == TO_BOOK || this == BOOKED;
    }
}
