package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leiojournal.MutableClock;

/** D12: an undo offer expires on the window's clock, so an old delete can never come back by surprise. */
class UndoDeleteTest {

    private final MutableClock clock = MutableClock.sunday();
    private final UndoDelete undo = new UndoDelete();
    private final AtomicInteger restored = new AtomicInteger();

    UndoDeleteTest() {
        undo.useClock(clock);
    }

    @Test
    void justBeforeItsLifetimeEndsTheDeleteCanBeUndone() {
        undo.offer("Entry deleted.", restored::incrementAndGet);
        clock.advance(UndoDelete.LIFETIME.minusSeconds(1));
        undo.expireIfDue();
        assertTrue(undo.isOffered(), "the bar still shows");
        undo.undo();
        assertEquals(1, restored.get());
    }

    @Test
    void onceItsLifetimeHasPassedTheOfferIsGoneAndUndoDoesNothing() {
        undo.offer("Entry deleted.", restored::incrementAndGet);
        clock.advance(UndoDelete.LIFETIME);
        undo.undo(); // Ctrl+Z before the bar's next tick
        assertEquals(0, restored.get(), "nothing deleted a minute ago comes back");
        assertFalse(undo.isOffered());
    }

    @Test
    void theBarGoesByItselfWhenItsOfferExpires() {
        undo.offer("Entry deleted.", restored::incrementAndGet);
        clock.advance(Duration.ofMinutes(5));
        undo.expireIfDue();
        assertFalse(undo.isOffered());
    }

    @Test
    void aNewerDeleteHasItsOwnMinute() {
        undo.offer("First deleted.", () -> restored.addAndGet(10));
        clock.advance(Duration.ofSeconds(50));
        undo.offer("Second deleted.", restored::incrementAndGet);
        clock.advance(Duration.ofSeconds(50));
        undo.undo();
        assertEquals(1, restored.get(), "only the last delete, still within its minute");
    }
}
