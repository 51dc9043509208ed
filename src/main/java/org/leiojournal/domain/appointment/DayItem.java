package org.leiojournal.domain.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import org.leiojournal.domain.treatment.TreatmentDay;

/** Something on a calendar day: an appointment at a time, or a day of treatment (all day). */
public sealed interface DayItem permits DayItem.AppointmentItem, DayItem.TreatmentItem {

    LocalDate date();

    /** An appointment, with its start as the viewer's clock reads it. */
    record AppointmentItem(LocalDate date, LocalTime time, Appointment appointment) implements DayItem {
    }

    /** A treatment day of a course: "cycle 3, day 8" and the drugs given. */
    record TreatmentItem(LocalDate date, String course, TreatmentDay day) implements DayItem {
    }
}
