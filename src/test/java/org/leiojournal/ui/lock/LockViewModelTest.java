package org.leiojournal.ui.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.MutableClock;
import org.leiojournal.settings.QuickLocks;
import org.leiojournal.settings.LockStore;
import org.leiojournal.ui.common.Messages;

class LockViewModelTest {

    @TempDir
    Path folder;
    private Instant now = Instant.parse("2026-11-22T09:30:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void afterFiveWrongTriesEachTryWaitsLongerAndEvenTheRightOneWaits() throws Exception {
        new LockStore(folder).save(QuickLocks.lock("violet river", 5));
        LockViewModel model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), clock);
        model.lock();
        assertTrue(model.lockedProperty().get());
        for (int i = 1; i <= 4; i++) {
            assertFalse(model.unlock("guess " + i));
            assertEquals("That is not the passphrase. Try again.", model.errorProperty().get());
        }
        assertFalse(model.unlock("guess 5"));
        assertEquals("That is not the passphrase. Wait 5 seconds, then try again.", model.errorProperty().get());
        now = now.plusSeconds(2);
        assertFalse(model.unlock("violet river"), "the wait holds for the right passphrase too");
        assertEquals("Wait 4 more seconds, then try again.", model.errorProperty().get());
        now = now.plusSeconds(4);
        assertFalse(model.unlock("guess 6"));
        assertEquals("That is not the passphrase. Wait 10 seconds, then try again.", model.errorProperty().get());
        now = now.plus(Duration.ofSeconds(10));
        assertTrue(model.unlock("violet river"));
        assertFalse(model.lockedProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void withTheLockOffNothingLocks() {
        LockViewModel model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), clock);
        model.lock();
        assertFalse(model.lockedProperty().get());
        assertEquals(0, model.idleMinutesProperty().get());
    }

    @Test
    void theWindowLocksOnceUnusedForTheChosenMinutesAndNeverWithTheLockOff() throws Exception {
        MutableClock idle = MutableClock.sunday();
        LockViewModel model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), idle);
        idle.advance(Duration.ofHours(5));
        model.lockIfIdle();
        assertFalse(model.lockedProperty().get(), "the lock is off");

        model.turnOn("violet river", 15);
        idle.advance(Duration.ofMinutes(10));
        model.used();
        idle.advance(Duration.ofMinutes(14).plusSeconds(59));
        model.lockIfIdle();
        assertFalse(model.lockedProperty().get(), "use starts the 15 minutes again");
        idle.advance(Duration.ofSeconds(1));
        model.lockIfIdle();
        assertTrue(model.lockedProperty().get());

        assertTrue(model.unlock("violet river"));
        idle.advance(Duration.ofMinutes(14));
        model.lockIfIdle();
        assertFalse(model.lockedProperty().get(), "unlocking counts as use");
    }

    @Test
    void whileThePassphraseIsCheckedOffTheUiThreadTheScreenSaysCheckingAndNothingElseRuns() throws Exception {
        new LockStore(folder).save(QuickLocks.lock("violet river", 5));
        java.util.List<Runnable> worker = new java.util.ArrayList<>();
        LockViewModel model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), clock,
                new org.leiojournal.ui.common.BackgroundTasks(worker::add, Runnable::run));
        model.lock();
        java.util.List<Boolean> results = new java.util.ArrayList<>();

        model.unlockInBackground("guess", results::add);
        assertTrue(model.checkingProperty().get(), "D14: 'Checking…' while the slow check runs");
        assertEquals(1, worker.size(), "the check waits on the worker, not on the UI thread");
        model.unlockInBackground("guess again", results::add);
        assertEquals(1, worker.size(), "a second Enter while checking starts no second check");
        worker.remove(0).run();
        assertFalse(model.checkingProperty().get());
        assertEquals(java.util.List.of(false), results);
        assertEquals("That is not the passphrase. Try again.", model.errorProperty().get());

        model.unlockInBackground("violet river", results::add);
        assertTrue(model.lockedProperty().get(), "still locked until the check has finished");
        worker.remove(0).run();
        assertEquals(java.util.List.of(false, true), results);
        assertFalse(model.lockedProperty().get());
    }
}
