package org.leiojournal.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;

/** Pauses a test ends by hand, on the UI thread: what runs after a pause, without waiting for it. */
final class HandPauses implements Pauses {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public Runnable after(Duration pause, Runnable then) {
        waiting.add(then);
        return () -> waiting.remove(then);
    }

    /** How many pauses are running (started and neither ended nor cancelled). */
    int running() {
        return waiting.size();
    }

    /** Ends every running pause: what each was to run, runs. */
    void endAll() {
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
