package org.leiojournal.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.leiojournal.storage.Deleted;

/**
 * The one undo every delete shares: the last delete, offered in the window's undo bar (and to Ctrl+Z) until the user
 * undoes it, dismisses it, deletes something else or moves on to other work. Forgetting it when the user moves on
 * keeps an old undo from bringing back, by surprise, something deleted long ago; so does time: an offer older than
 * {@link #LIFETIME} on the window's clock is gone, whatever the user did meanwhile (D12).
 */
public final class UndoDelete {

    /** What the bar says, and what brings the record back (the deleting screen's own restore and refresh). */
    public record Offer(String message, Runnable undo, Instant madeAt) { }

    /** How long a delete can be undone: long enough to notice a slip, too short to forget what was deleted. */
    public static final Duration LIFETIME = Duration.ofMinutes(1);

    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();
    private Clock clock = Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC);

    /** The window's clock, which says when an offer has expired. Until it is set, offers never expire. */
    public void useClock(Clock windowClock) {
        this.clock = windowClock;
    }

    public ReadOnlyObjectProperty<Offer> offerProperty() { return offer; }

    public boolean isOffered() {
        return offer.get() != null;
    }

    /** Replaces any earlier offer: only the last delete can be undone. */
    public void offer(String message, Runnable undo) {
        offer.set(new Offer(message, undo, clock.instant()));
    }

    /**
     * Offers to bring back what a delete took away: the restore runs on the worker, then {@code afterRestore} on the
     * UI thread (the screen's reload); a restore that fails goes to {@code failed}, as a failed save does.
     */
    public void offerRestore(String message, BackgroundTasks tasks, Deleted deleted, Runnable afterRestore,
                             Consumer<RuntimeException> failed) {
        offer(message, () -> tasks.run(() -> {
            deleted.restore();
            return deleted;
        }, back -> afterRestore.run(), failed));
    }

    /** Forgets the offer once it is older than {@link #LIFETIME}; the undo bar asks every second. */
    public void expireIfDue() {
        Offer last = offer.get();
        if (last != null && !clock.instant().isBefore(last.madeAt().plus(LIFETIME))) {
            offer.set(null);
        }
    }

    /** Undoes the last delete, if one is still offered; the offer goes at once, so a second press does nothing. */
    public void undo() {
        expireIfDue();
        Offer last = offer.get();
        if (last != null) {
            offer.set(null);
            last.undo().run();
        }
    }

    public void forget() {
        offer.set(null);
    }
}
