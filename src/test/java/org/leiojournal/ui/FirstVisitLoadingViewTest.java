package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;

/**
 * Issue 21: on a screen's first visit its data is read off the UI thread. Until it is back the screen keeps its
 * layout and says "Loading your journal…" where the rows or charts go — not "No entries yet", which would frighten
 * someone with seven weeks of check-ins — and then shows them. The journal's work is held here until the test lets
 * it run, as a slow disk would hold it. (The shell's "Loading…" frame before a first build: FirstFramePartsViewTest.)
 */
class FirstVisitLoadingViewTest extends ScreenViewTest {

    /** Journal work queued by the screens and not yet run. */
    private final List<Runnable> held = new ArrayList<>();

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Override
    void prepare(JournalStore fresh) {
        super.prepare(fresh);
        TrendJournal.fill(fresh); // a check-in every day from 4 Oct to 21 Nov 2026: 49 entries
    }

    @Override
    UiContext context(Messages messages) {
        return new UiContext(new BackgroundTasks(held::add, Runnable::run), dialogs(stage, messages), messages, CLOCK);
    }

    /** Runs the held reads on the UI thread, with what they hand back, as the worker and the UI thread would. */
    private void finishReads() {
        interact(() -> {
            while (!held.isEmpty()) {
                held.remove(0).run();
            }
        });
        FxSettle.settle();
    }

    @Test
    void theJournalSaysLoadingUntilItsEntriesAreReadThenShowsThem() {
        finishReads(); // Today's own reads
        visit(Screen.JOURNAL);
        TableView<?> table = lookup("#journal-table").queryTableView();
        Label placeholder = lookup("#journal-placeholder").queryAs(Label.class);
        assertTrue(table.getItems().isEmpty());
        assertTrue(placeholder.isVisible());
        assertEquals("Loading your journal…", placeholder.getText());
        assertTrue(placeholder.getStyleClass().contains("loading"));
        assertEquals("Loading…", label("#journal-summary"));

        finishReads();
        assertEquals(49, table.getItems().size());
        assertEquals("49 entries", label("#journal-summary"));
        assertFalse(placeholder.getStyleClass().contains("loading"));
        assertEquals("No entries yet. Your check-ins will appear here, newest first.", placeholder.getText(),
                "what it would say for a journal with none");
    }

    @Test
    void theJournalsFirstVisitReadsTheJournalOnceNotOnceForTheEntriesAndAgainForTheReadings() {
        finishReads();
        visit(Screen.JOURNAL);
        // thirteenth session: the newest screenful is read first, then the whole journal once
        assertEquals(2, held.size(), "the newest entries, then one read of ten years of entries and alerts, with "
                + "the home readings");
        interact(() -> held.remove(0).run());
        assertEquals(1, held.size(), "no read of its own for the readings");
        finishReads();
        assertEquals(49, lookup("#journal-table").queryTableView().getItems().size());
        assertTrue(held.isEmpty());
    }

    @Test
    void trendsSaysLoadingWhereTheChartsGoUntilTheJournalIsReadThenDrawsThem() {
        finishReads();
        visit(Screen.TRENDS);
        Label message = lookup("#trend-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Loading your journal…", message.getText());
        assertTrue(message.getStyleClass().contains("loading"));
        assertFalse(lookup("#trend-date-view").query().isVisible(), "no empty axes meanwhile");

        finishReads();
        assertFalse(message.isVisible());
        assertFalse(message.getStyleClass().contains("loading"));
        assertTrue(lookup("#trend-chart-scores").query().isVisible());
    }
}
