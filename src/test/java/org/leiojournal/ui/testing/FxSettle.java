package org.leiojournal.ui.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the UI has answered what a test just did: the events already queued are handled, then one whole pulse
 * (CSS, layout, the "after layout" work a handler asked for) has run, then what that pulse queued. TestFX's own wait
 * ({@code WaitForAsyncUtils.waitForFxEvents}) sleeps five fixed 10 ms rounds after every key, click and
 * {@code interact} instead, most of a window test's time (issue 17): this one waits for the frame, not the clock.
 */
public final class FxSettle {

    /**
     * {@code -Dleio.testfx.fixedWaits=true} keeps TestFX's own waits everywhere, to compare the two or to rule this
     * out when a window test turns flaky (docs/development.md, "Test speed").
     */
    static final boolean FIXED_WAITS = Boolean.getBoolean("leio.testfx.fixedWaits");

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
        CountDownLatch pulseDone = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                // animations run first in a pulse, the scenes' CSS and layout after them: what is queued from here
                // runs once the whole pulse has
                stop();
                Platform.runLater(pulseDone::countDown);
            }
        }.start());
        await(pulseDone, "a pulse");
        eventsHandled();
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
