package org.leiojournal.ui.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.AppointmentStatus;
import org.leiojournal.report.CalendarExport;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** Export to calendar from the window: the range is checked, the file goes where the user chose, never the journal's folder. */
class CalendarExportViewModelTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), LONDON);

    @TempDir
    Path home;

    private final AppState state = new AppState();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private CalendarExportViewModel model() {
        state.appointments().setAll(
                appointment(1, "CT chest", LocalDateTime.of(2026, 11, 24, 9, 30)),
                appointment(2, "Clinic", LocalDateTime.of(2027, 1, 5, 14, 0)));
        CalendarWriter writer = (range, alarms, target) -> new CalendarExport("test", CLOCK).write(
                new CalendarExport.Request(List.copyOf(state.appointments()), List.copyOf(state.courses()),
                        "0123456789abcdef0123456789abcdef", range, alarms), target);
        return new CalendarExportViewModel(writer, home.resolve("journal"),
                UiContexts.inline(dialogs, CLOCK));
    }

    private static Appointment appointment(long id, String title, LocalDateTime start) {
        return new Appointment(id, AppointmentKind.CLINIC_VISIT, title, start, Optional.empty(), LONDON, "", "",
                List.of(), List.of(), AppointmentStatus.BOOKED, "");
    }

    @Test
    void theChosenFileGetsTheAppointmentsInTheRangeAndTheStatusSaysHowMany() throws Exception {
        CalendarExportViewModel model = model();
        Path file = home.resolve("leio.ics");
        dialogs.fileToSave = Optional.of(file);
        model.toProperty().set(LocalDate.of(2026, 12, 31));
        model.export();
        String ics = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(ics.contains("SUMMARY:CT chest"), ics);
        assertFalse(ics.contains("SUMMARY:Clinic"), "5 January is after the range");
        assertEquals("Exported 1 appointment and no treatment days to " + file.toAbsolutePath() + ".",
                model.statusProperty().get());
    }

    @Test
    void aBackwardsRangeIsExplainedAndNoFileIsAskedFor() {
        CalendarExportViewModel model = model();
        model.fromProperty().set(LocalDate.of(2026, 12, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 1));
        dialogs.fileToSave = Optional.of(home.resolve("never.ics"));
        model.export();
        assertEquals("The last day is before the first day.", model.rangeErrorProperty().get());
        assertFalse(Files.exists(home.resolve("never.ics")));
    }

    @Test
    void cancellingTheFileDialogWritesNothing() throws Exception {
        CalendarExportViewModel model = model();
        model.export();
        try (var files = Files.list(home)) {
            assertEquals(0, files.count());
        }
        assertEquals("", model.statusProperty().get());
    }

    @Test
    void aFileInsideTheJournalsFolderIsRefused() throws Exception {
        CalendarExportViewModel model = model();
        Files.createDirectories(home.resolve("journal"));
        dialogs.fileToSave = Optional.of(home.resolve("journal").resolve("journal.ics"));
        model.export();
        assertEquals(List.of("The calendar file was not saved"), dialogs.errors);
        assertFalse(Files.exists(home.resolve("journal").resolve("journal.ics")));
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedNotThrown() {
        CalendarExportViewModel model = model();
        dialogs.fileToSave = Optional.of(home.resolve("no-such-folder").resolve("leio.ics"));
        model.export();
        assertEquals(List.of("The calendar file was not saved"), dialogs.errors);
    }
}
