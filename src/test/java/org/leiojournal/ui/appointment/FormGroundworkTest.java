package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.treatment.RecordingDialogs;

/**
 * The Appointments screen's model hands the form's groundwork (the zones by city, an appointment's first equals) to
 * the worker as it is built, so the form's frame, three frames later, does not work them out on the UI thread.
 */
class FormGroundworkTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    @Test
    void theFormsGroundworkGoesToTheWorkerAsTheScreensModelIsBuilt() throws Exception {
        List<Runnable> worker = new ArrayList<>();
        List<Runnable> uiThread = new ArrayList<>();
        UiContext ui = new UiContext(new BackgroundTasks(worker::add, uiThread::add), new RecordingDialogs(), new Messages(Locale.UK),
                CLOCK);
        AppState state = new AppState();
        state.appointments().add(new Appointment(1, AppointmentKind.CT, "CT chest",
                LocalDateTime.of(2026, 11, 23, 9, 30), Optional.empty(), CLOCK.getZone(), "St Mary’s", "", List.of(),
                List.of(), AppointmentStatus.BOOKED, ""));

        AppointmentsViewModel model = new AppointmentsViewModel(new AppointmentBook(state, null, ui), ui);

        assertEquals(1, worker.size(), "the groundwork queued for the worker while the screen is built");
        assertEquals(List.of(), uiThread, "nothing for the UI thread until the worker has done it");
        Thread thread = new Thread(worker.get(0), "worker");
        thread.start();
        thread.join(10_000);
        assertEquals(1, uiThread.size(), "done on the worker, then handed back");
        uiThread.get(0).run();
        assertEquals("", model.statusProperty().get(), "nothing for the user to see");
        assertFalse(AppointmentFormats.zonesByCity().isEmpty());
    }
}
