package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.storage.FailingDisk;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.StorageException.Trouble;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.appointment.AppointmentBook;
import org.leiojournal.ui.appointment.AppointmentsViewModel;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;

/**
 * A course change and an appointment whose write fails (full disk, journal that can no longer be written) lose
 * nothing: the user is told why, the form keeps what was typed, the journal keeps what it had, and the same action
 * works once the cause is gone. (The check-in's case is FailedWriteViewTest.)
 */
class FailedWriteTest {

    private static final String LONG_TEXT = "Neutrophils 0.9, to recheck on Monday at the day unit. ".repeat(100);
    /** Within the result's 4,000 characters, but more than a page of the file (3 bytes a character). */
    private static final String LONG_RESULT = "肺の結節は前回と同じ大きさです。".repeat(200);

    @TempDir
    Path folder;

    private JournalStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AppState state = new AppState();
    private final Messages messages = new Messages(Locale.UK);
    private final UiContext ui = UiContexts.inline(dialogs, messages, TestClocks.SUNDAY);

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDelayThatCannotBeSavedKeepsItsReasonAndCourseAsTheyWere() {
        for (Trouble trouble : List.of(Trouble.DISK_FULL, Trouble.READ_ONLY)) {
            Course course = store.courses().save(new Course(0, RegimenCatalog.bundled()
                    .find("gemcitabine-docetaxel-hensley").orElseThrow(), LocalDate.of(2026, 11, 1), List.of(6),
                    BodySurfaceArea.entered(new BigDecimal("1.80")), "", CourseHistory.EMPTY));
            state.courses().setAll(store.courses().all());
            TreatmentViewModel model = new TreatmentViewModel(state, store.courses(), ui,
                    RegimenCatalog.bundled());
            model.selectedProperty().set(course);
            model.selectedRowProperty().set(model.administrations().stream()
                    .filter(r -> r.day().cycle() == 2 && r.day().day() == 1).findFirst().orElseThrow());
            model.delayDateProperty().set(LocalDate.of(2026, 11, 29));
            model.delayReasonProperty().set(LONG_TEXT);

            fail(trouble);
            model.delay();
            assertEquals(List.of(trouble), dialogs.troubles, "the user is told why");
            assertEquals(LONG_TEXT, model.delayReasonProperty().get(), "the reason typed stays");
            assertEquals(LocalDate.of(2026, 11, 29), model.delayDateProperty().get());
            assertEquals(course, store.courses().find(course.id()).orElseThrow(), "nothing saved changed");
            assertEquals("Not saved. What you typed is still here.", model.statusProperty().get());

            FailingDisk.healthy(store);
            model.delay();
            assertEquals(LocalDate.of(2026, 11, 29), store.courses().find(course.id()).orElseThrow().calendar()
                    .treatmentDay(2, 1).orElseThrow().date(), "the same action works once the cause is gone");
            dialogs.troubles.clear();
        }
    }

    @Test
    void anAppointmentThatCannotBeSavedStaysInTheForm() {
        AppointmentsViewModel model = new AppointmentsViewModel(new AppointmentBook(state, store.appointments(),
                ui), ui);
        model.form().kindProperty().set(AppointmentKind.CLINIC_VISIT);
        model.form().dateProperty().set(LocalDate.of(2026, 11, 24));
        model.form().startTimeProperty().set("09:30");
        model.form().placeProperty().set("Day unit");
        model.form().resultProperty().set(LONG_RESULT);
        for (Trouble trouble : List.of(Trouble.DISK_FULL, Trouble.READ_ONLY)) {
            fail(trouble);
            model.save();
            assertEquals(List.of(trouble), dialogs.troubles);
            dialogs.troubles.clear();
            assertEquals(List.of(), store.appointments().all());
            assertEquals(List.of(), state.appointments());
            assertEquals(LONG_RESULT, model.form().resultProperty().get());
            assertEquals("Day unit", model.form().placeProperty().get());
            assertEquals(LocalDate.of(2026, 11, 24), model.form().dateProperty().get());
        }
        FailingDisk.healthy(store);
        model.save();
        assertEquals(1, store.appointments().all().size());
        assertEquals(LONG_RESULT, store.appointments().all().get(0).result());
    }

    private void fail(Trouble trouble) {
        if (trouble == Trouble.DISK_FULL) {
            FailingDisk.full(store);
        } else {
            FailingDisk.readOnly(store);
        }
    }
}
