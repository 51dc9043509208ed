package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    /**
     * The app closing while a screen is built at idle: the screen's first read reaches the journal's worker after it
     * has shut down. It once threw a RejectedExecutionException into the log; now it quietly does nothing.
     */
    @Test
    void workHandedToAWorkerShutDownDoesNothing() {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        worker.shutdown();
        List<String> calls = new ArrayList<>();
        BackgroundTasks tasks = new BackgroundTasks(worker, Runnable::run);

        tasks.run(() -> {
            calls.add("read");
            return "rows";
        }, rows -> calls.add("shown " + rows), failure -> calls.add("failed"));

        assertEquals(List.of(), calls, "neither read nor shown, no failure reported");
    }

    @Test
    void workOnALiveWorkerHandsItsResultBack() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        new BackgroundTasks(worker, Runnable::run).run(() -> "rows", rows -> calls.add("shown " + rows),
                failure -> calls.add("failed"));
        worker.shutdown();
        worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of("shown rows"), calls);
    }
}
