package org.leiojournal.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** D5: a new check-in is timed when it is saved, unless the user set the time; D6: an empty one is not saved. */
class CheckInViewModelTest {

    /** A clock the test moves on, as the afternoon passes while the app stays open. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T09:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path folder;

    private final MovingClock clock = new MovingClock();
    private final AppState state = new AppState();
    private JournalStore store;
    private CheckInViewModel model;
    private long pain;

    @BeforeEach
    void open() throws Exception {
        store = FreshJournals.open(folder, clock);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        RecordingDialogs dialogs = new RecordingDialogs();
        Messages messages = new Messages(Locale.UK);
        UiContext ui = UiContexts.inline(dialogs, messages, clock);
        SaveCheckIn saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        model = new CheckInViewModel(state, store.checkIns(), saving, new AlertsViewModel(state, store.alerts(),
                saving.rules(), ui), ui);
        pain = store.items().all().stream().filter(i -> "esas.pain".equals(i.code())).map(SymptomItem::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewCheckInIsTimedWhenSavedNotWhenTheFormWasOpened() {
        clock.now = clock.now.plus(Duration.ofMinutes(47));
        model.answer(pain).set("3");
        model.save();
        assertEquals(LocalTime.of(10, 17), store.checkIns().all().get(0).recordedAt().toLocalTime());
    }

    @Test
    void aTimeTheUserTypedIsKept() {
        model.timeProperty().set("08:05");
        clock.now = clock.now.plus(Duration.ofMinutes(47));
        model.answer(pain).set("3");
        model.save();
        assertEquals(LocalTime.of(8, 5), store.checkIns().all().get(0).recordedAt().toLocalTime());
    }

    @Test
    void nothingAnsweredIsNotSavedAndSaysWhatToFillIn() {
        model.save();
        assertEquals(0, store.checkIns().count());
        assertEquals("Nothing to save yet: answer at least one question, or add a temperature, weight or note.",
                model.statusProperty().get());

        model.noteProperty().set("Slept well");
        model.save();
        assertEquals(1, store.checkIns().count(), "a note alone is worth keeping");
    }
}
