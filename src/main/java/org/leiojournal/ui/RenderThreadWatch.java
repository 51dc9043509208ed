package org.leiojournal.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * For the start-up probe: JavaFX's render thread, which paints a frame after the UI thread has laid it out and
 * handed it over. JavaFX says nothing when a frame has been painted, so {@link #whenIdleAfterWork} watches the
 * thread's state instead: the first window is on the screen once the render thread has worked and is waiting for
 * its next job again. On the software pipeline that painting is the largest piece between the probe's "first
 * window shown" and what the user sees (issue 21). The benchmark's first visits are told by JavaFX instead
 * ({@code bench.PaintedFrames}): this watch takes paintings that follow each other without a wait it sees for one,
 * harmless for the first window's single painting, a second late for a visit's (twentieth session); the start
 * cannot use JavaFX's internal callback when JavaFX runs as named modules.
 */
public final class RenderThreadWatch {

    /** JavaFX's render thread is "QuantumRenderer-0". */
    private static final String NAME = "QuantumRenderer";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Render-thread CPU since the last painting ended that counts as a painting even if this watch never saw the
     * thread working: on two busy cores the watch can sleep through a whole painting (17–33 ms of the render
     * thread's CPU here), and it then waited for the next one, up to a second later (issue 21, eighteenth session).
     */
    private static final long PAINTED_UNSEEN_NANOS = 2_000_000;

    private RenderThreadWatch() {
    }

    /** The CPU time the render thread has used so far, in milliseconds; -1 if there is none (yet). */
    static long cpuMillis() {
        long id = threadId();
        return id < 0 ? -1 : THREADS.getThreadCpuTime(id) / 1_000_000;
    }

    /**
     * On a thread of its own, waits until the render thread has been seen working and then waiting for work, and
     * gives {@code then} the render thread's CPU time at that moment. Call it when a frame has just been handed
     * over; it polls every millisecond, for at most a minute.
     */
    static void whenIdleAfterWork(LongConsumer then) {
        long id = threadId();
        long cpuAtHandOver = id < 0 ? 0 : THREADS.getThreadCpuTime(id); // here: the watch's thread may start late
        Thread watch = new Thread(() -> {
            boolean worked = false;
            long until = System.nanoTime() + 60_000_000_000L;
            while (id >= 0 && System.nanoTime() < until) {
                long cpu = THREADS.getThreadCpuTime(id); // before the state: work it counts was done before the look
                ThreadInfo info = THREADS.getThreadInfo(id);
                if (info == null) {
                    return; // the app closed first
                }
                if (!waiting(info)) {
                    worked = true;
                } else if (worked || cpu - cpuAtHandOver > PAINTED_UNSEEN_NANOS) {
                    then.accept(cpu / 1_000_000);
                    return;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "first-frame-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static boolean waiting(ThreadInfo info) {
        return info.getThreadState() == Thread.State.WAITING || info.getThreadState() == Thread.State.TIMED_WAITING;
    }

    private static long threadId() {
        return Arrays.stream(THREADS.getThreadInfo(THREADS.getAllThreadIds())).filter(Objects::nonNull)
                .filter(t -> t.getThreadName().startsWith(NAME)).mapToLong(ThreadInfo::getThreadId)
                .findFirst().orElse(-1);
    }
}
