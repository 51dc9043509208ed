package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.UiContexts;

/**
 * The Treatment screen's model without a window: a reduced dose is kept only when it is a number above 0 and within
 * what can be typed for its unit; a stop needs a date on or after the start, and a stopped course can resume.
 */
class TreatmentViewModelTest {

    @TempDir
    Path folder;
    private JournalStore store;
    private final AppState state = new AppState();
    private TreatmentViewModel model;
    private Course course;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        course = store.courses().save(new Course(0, RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley")
                .orElseThrow(), LocalDate.of(2026, 11, 1), List.of(6), BodySurfaceArea.entered(new BigDecimal("1.80")),
                "", CourseHistory.EMPTY));
        state.courses().setAll(store.courses().all());
        model = new TreatmentViewModel(state, store.courses(),
                UiContexts.inline(new RecordingDialogs(), TestClocks.SUNDAY), RegimenCatalog.bundled());
        model.selectedProperty().set(course);
        model.selectedRowProperty().set(model.administrations().stream()
                .filter(r -> r.day().cycle() == 1 && r.day().day() == 8 && r.drug().drug().equals("Docetaxel"))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aReducedDoseMustBeANumberAboveZero() {
        // docetaxel is planned in mg/m², whose typing limit (a slip, not a dose judgement) is 5000
        for (String typed : List.of("", "0", "-5", "seventy", "0.0", "5000.01")) {
            model.reducedAmountProperty().set(typed);
            model.recordReduced();
            assertTrue(model.errors().containsKey(TreatmentViewModel.Field.REDUCED_AMOUNT), typed);
            assertTrue(stored().history().doseOf(1, 8, "Docetaxel").isEmpty(), "nothing saved for " + typed);
            model.errors().clear();
        }
        model.reducedAmountProperty().set("75");
        model.recordReduced();
        assertFalse(model.errors().containsKey(TreatmentViewModel.Field.REDUCED_AMOUNT));
        var dose = stored().history().doseOf(1, 8, "Docetaxel").orElseThrow();
        assertEquals(DoseOutcome.REDUCED, dose.outcome());
        assertEquals(new BigDecimal("75"), dose.amount().orElseThrow());
        assertEquals("", model.reducedAmountProperty().get(), "the field empties once kept");
    }

    /** As the course form says it: above the limit is "more than 5000 mg/m²", three decimals are too many. */
    @Test
    void aReducedDoseTooLargeOrWithThreeDecimalsIsRefusedWithItsReason() {
        for (String tooLarge : List.of("5000.01", "5001", "12345")) {
            assertEquals("That is more than 5000 mg/m². Check the unit on your team’s sheet.", refused(tooLarge),
                    tooLarge);
        }
        for (String decimals : List.of("60.125", "1.234")) {
            assertEquals("Use at most 2 digits after the point, for example 12.25.", refused(decimals), decimals);
        }
        assertEquals("Enter the dose that was given, above 0, in mg/m².", refused("0"), "the field's own message");
        assertTrue(stored().history().doseOf(1, 8, "Docetaxel").isEmpty(), "nothing saved");
        model.reducedAmountProperty().set("60.25");
        model.recordReduced();
        assertEquals(new BigDecimal("60.25"), stored().history().doseOf(1, 8, "Docetaxel").orElseThrow().amount()
                .orElseThrow(), "two decimals are kept");
    }

    private String refused(String typed) {
        model.errors().clear();
        model.reducedAmountProperty().set(typed);
        model.recordReduced();
        return model.errors().get(TreatmentViewModel.Field.REDUCED_AMOUNT);
    }

    @Test
    void theTypingLimitItselfIsAccepted() {
        model.reducedAmountProperty().set("5000");
        model.recordReduced();
        assertFalse(model.errors().containsKey(TreatmentViewModel.Field.REDUCED_AMOUNT));
        assertEquals(new BigDecimal("5000"), stored().history().doseOf(1, 8, "Docetaxel").orElseThrow().amount()
                .orElseThrow());
    }

    @Test
    void aStopNeedsADateOnOrAfterTheStartAndCanBeUndone() {
        model.stopDateProperty().set(LocalDate.of(2026, 10, 31));
        model.stopCourse();
        assertTrue(model.errors().containsKey(TreatmentViewModel.Field.STOP_DATE), "the day before the start is refused");
        assertTrue(stored().history().stop().isEmpty());

        model.errors().clear();
        model.stopDateProperty().set(LocalDate.of(2026, 11, 1));
        model.stopReasonProperty().set("Scan showed growth");
        model.stopCourse();
        assertEquals(LocalDate.of(2026, 11, 1), stored().history().stop().orElseThrow().date(), "the start day is fine");
        assertEquals("Scan showed growth", stored().history().stop().orElseThrow().reason());

        model.selectedProperty().set(stored());
        model.resumeCourse();
        assertTrue(stored().history().stop().isEmpty());
    }

    private Course stored() {
        return store.courses().find(course.id()).orElseThrow();
    }
}
