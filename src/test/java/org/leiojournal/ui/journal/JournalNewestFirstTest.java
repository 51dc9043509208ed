package org.leiojournal.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * Issue 21: a long journal shows its newest entries first and the older ones right after; until they are in, the
 * count says so ("Loading older days…") and a filter set meanwhile is applied to the whole list once it comes.
 */
class JournalNewestFirstTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    @TempDir
    Path temp;

    /** The worker's reads, run one by one by the test. */
    private final List<Runnable> held = new ArrayList<>();

    @Test
    void theNewestScreenfulComesFirstThenTheOlderDaysBehindIt() throws Exception {
        try (JournalStore store = sampleYear()) {
            List<CheckIn> whole = store.checkIns().all();
            JournalViewModel model = newestShown(store);
            assertFalse(model.loadingProperty().get(), "rows to show");
            assertTrue(model.loadingOlderProperty().get());
            assertEquals(whole.subList(0, JournalViewModel.FIRST_SCREENFUL), model.entries());
            assertEquals("Loading older days…", model.summaryProperty().get(), "no count of a part");
            CheckIn firstRow = model.entries().get(0);

            held.remove(0).run();
            assertFalse(model.loadingOlderProperty().get());
            assertEquals(whole, model.entries());
            assertSame(firstRow, model.entries().get(0), "the rows in sight are kept, only the older added");
            assertEquals(whole.size() + " entries", model.summaryProperty().get());
        }
    }

    @Test
    void aFilterSetWhileTheOlderDaysAreReadIsAppliedToTheWholeList() throws Exception {
        try (JournalStore store = sampleYear()) {
            List<CheckIn> whole = store.checkIns().all();
            JournalViewModel model = newestShown(store);

            // only days older than the newest screenful
            model.toProperty().set(whole.get(JournalViewModel.FIRST_SCREENFUL).day());
            assertEquals(List.of(), model.entries(), "none of the newest");
            assertEquals("Loading older days…", model.summaryProperty().get(), "not \"Showing 0 of 100\"");

            held.remove(0).run();
            List<CheckIn> older = whole.stream()
                    .filter(e -> !e.day().isAfter(whole.get(JournalViewModel.FIRST_SCREENFUL).day())).toList();
            assertFalse(older.isEmpty());
            assertEquals(older, model.entries());
            assertEquals("Showing " + older.size() + " of " + whole.size() + " entries",
                    model.summaryProperty().get());
        }
    }

    @Test
    void aJournalShorterThanAScreenfulIsCountedAtOnce() throws Exception {
        try (JournalStore store = JournalStore.open(temp, TestClocks.SUNDAY)) {
            JournalViewModel model = newestShown(store);
            assertFalse(model.loadingOlderProperty().get());
            assertEquals("No entries", model.summaryProperty().get());
        }
    }

    private JournalStore sampleYear() throws Exception {
        SampleCopies.copy(temp, NOW, 1);
        return JournalStore.open(temp, TestClocks.SUNDAY);
    }

    /** The view model with its first read, the newest entries, done; the whole read still held. */
    private JournalViewModel newestShown(JournalStore store) {
        JournalViewModel model = new JournalViewModel(new AppState(), store.checkIns(), store.alerts(), store.homeVitals(),
                AlertRuleCatalog.bundled(), new UiContext(new BackgroundTasks(held::add, Runnable::run),
                new org.leiojournal.ui.treatment.RecordingDialogs(), new Messages(Locale.UK), TestClocks.SUNDAY));
        assertEquals(1, held.size(), "the newest first");
        held.remove(0).run();
        model.readOlderDays(); // as the view asks once their rows are drawn
        assertEquals(1, held.size(), "then the whole journal");
        return model;
    }
}
