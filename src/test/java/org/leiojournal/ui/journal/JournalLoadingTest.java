package org.leiojournal.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/** Issue 21: the journal is "loading" until its first read is back, even when it holds no entries at all. */
class JournalLoadingTest {

    @Test
    void loadingUntilTheFirstReadIsBackThenNoEntries() throws Exception {
        Path folder = Files.createTempDirectory("leio-journal-loading");
        List<Runnable> held = new ArrayList<>();
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            Messages messages = new Messages(Locale.UK);
            JournalViewModel model = new JournalViewModel(new AppState(), store.checkIns(), store.alerts(),
                    AlertRuleCatalog.bundled(), new UiContext(new BackgroundTasks(held::add, Runnable::run),
                    new org.leiojournal.ui.treatment.RecordingDialogs(), messages, TestClocks.SUNDAY));
            assertTrue(model.loadingProperty().get());
            assertEquals("Loading…", model.summaryProperty().get());

            held.remove(0).run();
            assertFalse(model.loadingProperty().get());
            assertEquals("No entries", model.summaryProperty().get());
        }
    }
}
