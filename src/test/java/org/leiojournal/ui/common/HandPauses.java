package org.leiojournal.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;

/** Pauses a test ends by hand, on the UI thread: what runs after a pause, without waiting for it. */
final class HandPauses implements Pauses {

    private final List<Runnable> waiting = new ArrayList<>();
    private Duration last;

    @Override
    public Runnable after(Duration pause, Runnable then) {
        last = pause;
        waiting.add(then);
        return () -> waiting.remove(then);
    }

    /** How many pauses are running (started and neither ended nor cancelled). */
    int running() {
        return waiting.size();
    }

    /** How long the pause started last was to be. */
    Duration last() {
        return last;
    }

    /** Ends every running pause: what each was to run, runs. */
    void endAll() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
