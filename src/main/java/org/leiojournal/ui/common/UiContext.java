package org.leiojournal.ui.common;

import java.time.Clock;
import java.util.Objects;

/**
 * What every view model of an open journal is handed by the composition root: the worker that keeps journal work
 * off the UI thread, the dialogs, the words, and the one clock. Built once per window (tests build their own, with
 * same-thread tasks and a fixed clock), so a new screen takes one parameter instead of four.
 */
public record UiContext(BackgroundTasks tasks, DialogService dialogs, Messages messages, Clock clock) {

    public UiContext {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(clock, "clock");
    }
}
