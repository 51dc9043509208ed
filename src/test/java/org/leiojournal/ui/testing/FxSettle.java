package org.leiojournal.ui.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the UI has answered what a test just did: the events already queued are handled, then two whole
 * pulses (CSS, layout, the "after layout" work a handler asked for) have run, then what they queued. TestFX's own
 * wait ({@code WaitForAsyncUtils.waitForFxEvents}) sleeps five fixed 10 ms rounds after every key, click and
 * {@code interact} instead, most of a window test's time (issue 17): this one waits for frames, not the clock.
 */
public final class FxSettle {

    /**
     * {@code -Dleio.testfx.fixedWaits=true} keeps TestFX's own waits everywhere, to compare the two or to rule this
     * out when a window test turns flaky (docs/development.md, "Test speed").
     */
    static final boolean FIXED_WAITS = Boolean.getBoolean("leio.testfx.fixedWaits");

    /** Pulses waited for after the queued events (why two: see {@link #settle()}). */
    private static final int PULSES = 2;

    /** Longer than any frame takes on the loaded two-core machine: past it the UI thread is stuck. */
    private static final long STUCK_AFTER_SECONDS = 60;

    private FxSettle() {
    }

    public static void settle() {
        if (FIXED_WAITS) {
            WaitForAsyncUtils.waitForFxEvents();
            return;
        }
        if (Platform.isFxApplicationThread()) {
            return; // nothing to wait for from the thread that would have to run it
        }
        eventsHandled();
        // two pulses: a window's new size or place (a dialog grown to fit an error) comes back from the platform as
        // an event after the pulse that asked for it, and is laid out in the next; with one, a click under load
        // was once aimed where a dialog's button had been
        for (int pulse = 0; pulse < PULSES; pulse++) {
            pulseDone();
        }
        eventsHandled();
    }

    /** One whole pulse has run after this call, and the events it queued. */
    private static void pulseDone() {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                // animations run first in a pulse, the scenes' CSS and layout after them: what is queued from here
                // runs once the whole pulse has
                stop();
                Platform.runLater(done::countDown);
            }
        }.start());
        await(done, "a pulse");
    }

    /** Every event queued on the UI thread so far has been handled. */
    private static void eventsHandled() {
        CountDownLatch handled = new CountDownLatch(1);
        Platform.runLater(handled::countDown);
        await(handled, "the queued events");
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(STUCK_AFTER_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the UI thread did not run " + what + " in " + STUCK_AFTER_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
