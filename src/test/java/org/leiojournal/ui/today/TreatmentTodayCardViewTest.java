package org.leiojournal.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.MutableClock;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;
import org.leiojournal.ui.treatment.TreatmentViewModel;
import org.leiojournal.ui.testing.WindowTest;

/**
 * Issue 21, the start: Today's treatment card is drawn once when the window is built. Showing Today again redraws it
 * only when the day has changed (the start used to draw it twice, the second time on Today's first show).
 */
@Tag("ui")
class TreatmentTodayCardViewTest extends WindowTest {

    private final MutableClock clock = MutableClock.sunday();
    private JournalStore store;
    private TreatmentTodayCard card;
    private long courseId;

    @Override
    public void start(Stage stage) throws Exception {
        store = FreshJournals.open(Files.createTempDirectory("leio-today-card"), clock);
        AppState state = new AppState();
        Messages messages = new Messages(Locale.UK);
        TreatmentViewModel treatment = new TreatmentViewModel(state, store.courses(),
                UiContexts.inline(new RecordingDialogs(), messages, clock), RegimenCatalog.bundled());
        LocalDate start = LocalDate.of(2026, 11, 1);
        CourseDraft draft = CourseDraft.fromTemplate(RegimenCatalog.bundled().find("pazopanib").orElseThrow(), start);
        Course course = new CourseValidator().validate(new CourseDraft(0, draft.template(), draft.name(),
                draft.cycleLengthTexts(), draft.cycleCountTexts(), draft.drugs(), start, false, "1.80", "", "", ""),
                List.of()).value().orElseThrow();
        Course saved = store.courses().save(course);
        courseId = saved.id();
        state.courses().setAll(saved);
        card = new TreatmentTodayCard(treatment, messages);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Label position() {
        for (Node child : card.getChildren()) {
            if (("today-position-" + courseId).equals(child.getId())) {
                return (Label) child;
            }
        }
        throw new AssertionError("no position line in " + card.getChildren());
    }

    @Test
    void shownAgainTheSameDayItKeepsItsLinesAndTheNextDayItMovesOn() {
        Label first = position();
        interact(card::refresh);
        assertSame(first, position(), "the same day: nothing redrawn");
        String before = first.getText();
        clock.advance(Duration.ofDays(1));
        interact(card::refresh);
        assertNotSame(first, position(), "the next day: redrawn");
        assertNotEquals(before, position().getText(), "with the next day's place in the course");
        assertEquals(card.getChildren().size(), card.getChildren().stream().distinct().count());
    }
}
