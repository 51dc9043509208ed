package org.leiojournal.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.leiojournal.platform.FailureTrace;

/**
 * Runs journal work off the UI thread and hands the result back to it. One worker thread, so writes to the
 * journal happen in the order the user made them. Tests pass same-thread executors. Work handed over once the
 * worker has shut down (the app closing while a screen is built at idle asks for its first read) is dropped: the
 * journal is being closed, and no screen is left to show the result.
 */
public final class BackgroundTasks {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final Executor worker;
    private final Executor uiThread;

    public BackgroundTasks(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    public <T> void run(Supplier<T> work, Consumer<? super T> onSuccess,
            Consumer<? super RuntimeException> onFailure) {
        try {
            worker.execute(() -> perform(work, onSuccess, onFailure));
        } catch (RejectedExecutionException closing) {
            LOG.fine("Background work after the worker shut down, dropped: the journal is closing");
        }
    }

    private <T> void perform(Supplier<T> work, Consumer<? super T> onSuccess,
            Consumer<? super RuntimeException> onFailure) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Background work failed: " + FailureTrace.of(e));
            uiThread.execute(() -> onFailure.accept(e));
            return;
        }
        uiThread.execute(() -> onSuccess.accept(result));
    }
}
