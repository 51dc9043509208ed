package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.domain.appointment.ReminderState;

/** Reminders marked done or put off: kept across reopening, done wins over later, gone with their appointment. */
class ReminderStateRepositoryTest extends OpenJournalTest {

    private static final String TOMORROW = "TOMORROW@2026-11-24T09:30[Europe/London]";
    private static final String TODAY = "TODAY@2026-11-24T09:30[Europe/London]";

    private long appointmentId;

    @BeforeEach
    void prepare() {
        appointmentId = store.appointments().save(new Appointment(0, AppointmentKind.CT, "CT scan",
                LocalDateTime.of(2026, 11, 24, 9, 30), Optional.empty(), ZoneId.of("Europe/London"), "", "",
                List.of(), List.of(), AppointmentStatus.BOOKED, "")).id();
    }

    @Test
    void doneAndPutOffRemindersAreKeptAcrossReopening() throws Exception {
        assertEquals(List.of(), store.reminders().all());
        store.reminders().markDone(appointmentId, TOMORROW);
        store.reminders().snooze(appointmentId, TODAY, Instant.parse("2026-11-24T08:15:30.750Z"));
        reopen();
        assertEquals(List.of(
                new ReminderState(appointmentId, TODAY, false, Optional.of(Instant.parse("2026-11-24T08:15:30Z"))),
                new ReminderState(appointmentId, TOMORROW, true, Optional.empty())), store.reminders().all());
    }

    @Test
    void puttingOffAgainMovesTheTimeButCannotUndoDone() {
        store.reminders().snooze(appointmentId, TODAY, Instant.parse("2026-11-24T07:00:00Z"));
        store.reminders().snooze(appointmentId, TODAY, Instant.parse("2026-11-24T08:00:00Z"));
        store.reminders().markDone(appointmentId, TOMORROW);
        store.reminders().snooze(appointmentId, TOMORROW, Instant.parse("2026-11-24T08:00:00Z"));
        assertEquals(List.of(
                new ReminderState(appointmentId, TODAY, false, Optional.of(Instant.parse("2026-11-24T08:00:00Z"))),
                new ReminderState(appointmentId, TOMORROW, true, Optional.empty())), store.reminders().all());
        store.reminders().markDone(appointmentId, TODAY);
        assertEquals(new ReminderState(appointmentId, TODAY, true, Optional.empty()), store.reminders().all().get(0),
                "done clears the put-off time");
    }

    @Test
    void statesGoWithTheirAppointment() {
        store.reminders().markDone(appointmentId, TOMORROW);
        store.appointments().delete(appointmentId);
        assertEquals(List.of(), store.reminders().all());
        assertThrows(StorageException.class, () -> store.reminders().markDone(appointmentId, TODAY),
                "no state for an appointment that is not there");
    }
}
