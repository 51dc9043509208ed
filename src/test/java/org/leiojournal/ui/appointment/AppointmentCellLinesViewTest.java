package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.testing.WindowTest;
import org.leiojournal.ui.treatment.RecordingDialogs;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21, seventeenth session: the 30-day list fills its height with empty cells (thirteen at 1366 × 768 under
 * three appointments), which never show an appointment's three lines; a cell makes them with its first appointment
 * and keeps them, so the list's frame no longer makes and throws away three labels and a box per empty cell.
 */
@Tag("ui")
class AppointmentCellLinesViewTest extends WindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneId.of("Europe/London"));

    @Test
    void anEmptyCellMakesNoLinesAndACellMakesThemOnceForItsFirstAppointment() throws Exception {
        Messages messages = new Messages(Locale.UK);
        List<Runnable> ignored = new ArrayList<>();
        UiContext ui = new UiContext(new BackgroundTasks(ignored::add, ignored::add), new RecordingDialogs(),
                messages, CLOCK);
        Appointment ct = new Appointment(1, AppointmentKind.CT, "CT chest", LocalDateTime.of(2026, 11, 23, 9, 30),
                Optional.empty(), CLOCK.getZone(), "St Mary’s", "", List.of(), List.of(), AppointmentStatus.BOOKED, "");
        AppointmentsViewModel model = new AppointmentsViewModel(new AppointmentBook(new AppState(), null, ui), ui);

        UpcomingPane.AppointmentCell cell = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> new UpcomingPane.AppointmentCell(model, messages)));
        interact(() -> cell.updateItem(null, true));
        assertFalse(cell.hasLines(), "an empty cell (the list's filler under its last appointment) makes no lines");
        assertNull(cell.getGraphic());

        interact(() -> cell.updateItem(ct, false));
        assertTrue(cell.hasLines());
        Node lines = cell.getGraphic();
        List<String> words = ((VBox) lines).getChildren().stream().map(line -> ((Label) line).getText()).toList();
        assertEquals("CT chest", words.get(1), "what, under when: " + words);
        assertEquals("St Mary’s", words.get(2), "where: " + words);

        interact(() -> cell.updateItem(null, true));
        assertNull(cell.getGraphic(), "emptied again, as the list scrolls");
        interact(() -> cell.updateItem(ct, false));
        assertSame(lines, cell.getGraphic(), "its lines made once, then only given new words");
    }

    @Override
    public void start(javafx.stage.Stage stage) {
        // the cell is tried on its own, in no window
    }
}
