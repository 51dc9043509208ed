package org.leiojournal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;

/**
 * When JavaFX's render thread has painted the frame just laid out: what the user sees. JavaFX says so only through
 * the UI thread, which may by then be building the next part of a screen, so this watches the render thread's state
 * from a thread of its own, every millisecond: the frame is painted once the render thread has worked on it and is
 * waiting again. If the frame before is still being painted when this frame is laid out (JavaFX hands a frame over
 * only once the one before is painted), that painting is let go by first.
 */
final class PaintWatch {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PaintWatch() {
    }

    /** Call on the UI thread as a frame has just been laid out; completes with {@code System.nanoTime()}. */
    static CompletableFuture<Long> frameJustLaidOut(long renderThread) {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        int paintings = waiting(renderThread) ? 1 : 2; // the frame before first, if still being painted
        Thread watch = new Thread(() -> {
            boolean working = paintings == 2;
            int ended = 0;
            long until = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < until) {
                if (!waiting(renderThread)) {
                    working = true;
                } else if (working) {
                    working = false;
                    if (++ended == paintings) {
                        painted.complete(System.nanoTime());
                        return;
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    break;
                }
            }
            painted.completeExceptionally(new IllegalStateException("the frame was not seen painted"));
        }, "bench-paint-watch");
        watch.setDaemon(true);
        watch.start();
        return painted;
    }

    private static boolean waiting(long thread) {
        Thread.State state = THREADS.getThreadInfo(thread).getThreadState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
