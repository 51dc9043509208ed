package org.leiojournal.ui.lock;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leiojournal.settings.AppLock;
import org.leiojournal.settings.LockStore;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.Messages;

/**
 * The app lock: whether it is on, whether the window is locked now, unlocking with the passphrase (after five
 * wrong tries each further try waits longer, up to a minute), and turning the lock on and off.
 */
public final class LockViewModel {

    private static final int FREE_TRIES = 5;
    private static final long MAX_WAIT_SECONDS = 60;

    private final LockStore store;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper idleMinutes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final BackgroundTasks tasks;
    private int wrongTries;
    private Instant notBefore = Instant.MIN;
    private Instant lastUse;

    public LockViewModel(LockStore store, Messages messages, Clock clock) {
        this(store, messages, clock, new BackgroundTasks(Runnable::run, Runnable::run));
    }

    /** {@code tasks} checks a passphrase off the UI thread: the check takes a second or more on purpose. */
    public LockViewModel(LockStore store, Messages messages, Clock clock, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.lastUse = clock.instant();
        refresh();
    }

    public ReadOnlyBooleanProperty enabledProperty() { return enabled.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty lockedProperty() { return locked.getReadOnlyProperty(); }
    /** Minutes without use before the window locks; 0 when the lock is off. */
    public ReadOnlyIntegerProperty idleMinutesProperty() { return idleMinutes.getReadOnlyProperty(); }
    /** Why the last unlock failed, next to the passphrase field. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** True while a passphrase is being checked: the lock screen says "Checking…" (D14). */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    public String lockFile() {
        return store.file().toString();
    }

    /** Locks the window now, if the lock is on. */
    public void lock() {
        if (enabled.get()) {
            error.set("");
            locked.set(true);
        }
    }

    /** The window was used (a key, the mouse): the idle time starts again from now. */
    public void used() {
        lastUse = clock.instant();
    }

    /**
     * Locks the window when it has gone unused for the minutes the user chose. Asked often by the window rather
     * than timed by it, so the idle time is the app's clock's: a test sets it, and a laptop that slept counts.
     */
    public void lockIfIdle() {
        int minutes = idleMinutes.get();
        if (minutes > 0 && !locked.get() && !clock.instant().isBefore(lastUse.plus(Duration.ofMinutes(minutes)))) {
            lock();
        }
    }

    /** True when {@code passphrase} opened the window; checked on the calling thread. */
    public boolean unlock(String passphrase) {
        Optional<String> wait = waitFirst();
        if (wait.isPresent()) {
            error.set(wait.get());
            return false;
        }
        return settle(opens(passphrase));
    }

    /**
     * Checks the passphrase off the UI thread, saying "Checking…" meanwhile (D14), then tells {@code done}
     * whether it opened the window. A second try while one is checked is ignored.
     */
    public void unlockInBackground(String passphrase, Consumer<Boolean> done) {
        if (checking.get()) {
            return;
        }
        Optional<String> wait = waitFirst();
        if (wait.isPresent()) {
            error.set(wait.get());
            done.accept(false);
            return;
        }
        error.set("");
        checking.set(true);
        tasks.run(() -> opens(passphrase), opened -> {
            checking.set(false);
            done.accept(settle(opened));
        }, failure -> {
            checking.set(false);
            error.set(messages.get("lock.wrong"));
            done.accept(false);
        });
    }

    /** "Wait 12 more seconds" while wrong tries make the next one wait. */
    private Optional<String> waitFirst() {
        Instant now = clock.instant();
        return now.isBefore(notBefore)
                ? Optional.of(messages.get("lock.wait", Duration.between(now, notBefore).toSeconds() + 1))
                : Optional.empty();
    }

    /** The slow part: the stored lock worked out again from the passphrase. Safe off the UI thread. */
    private boolean opens(String passphrase) {
        Optional<AppLock> lock = store.load();
        return lock.isEmpty() || lock.get().opensWith(passphrase.toCharArray());
    }

    private boolean settle(boolean opened) {
        if (opened) {
            wrongTries = 0;
            error.set("");
            locked.set(false);
            used();
            refresh();
            return true;
        }
        wrongTries++;
        if (wrongTries >= FREE_TRIES) {
            long wait = Math.min(MAX_WAIT_SECONDS, 5L << Math.min(4, wrongTries - FREE_TRIES));
            notBefore = clock.instant().plusSeconds(wait);
            error.set(messages.get("lock.wrong.wait", wait));
        } else {
            error.set(messages.get("lock.wrong"));
        }
        return false;
    }

    /** The problem with a new passphrase typed twice, as a message for the user; empty when it is usable. */
    public Optional<String> problemWith(String passphrase, String repeated) {
        if (passphrase.strip().length() < AppLock.MIN_LENGTH) {
            return Optional.of(messages.get("lock.setup.short", AppLock.MIN_LENGTH));
        }
        if (!passphrase.equals(repeated)) {
            return Optional.of(messages.get("lock.setup.different"));
        }
        return Optional.empty();
    }

    /** Turns the lock on; throws when lock.json cannot be written, and the lock stays off. */
    public void turnOn(String passphrase, int minutes) throws IOException {
        store.save(AppLock.create(passphrase.toCharArray(), minutes));
        refresh();
    }

    /** Turns the lock off if {@code passphrase} is right. */
    public boolean turnOff(String passphrase) throws IOException {
        Optional<AppLock> lock = store.load();
        if (lock.isPresent() && !lock.get().opensWith(passphrase.toCharArray())) {
            return false;
        }
        store.remove();
        refresh();
        return true;
    }

    private void refresh() {
        Optional<AppLock> lock = store.load();
        enabled.set(lock.isPresent());
        idleMinutes.set(lock.map(AppLock::idleMinutes).orElse(0));
        used();
    }
}
