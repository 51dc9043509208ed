package org.leiojournal.ui.common;

import java.time.Clock;
import java.util.Locale;

/** The context a test hands its view models: journal work runs at once on the test's thread. */
public final class UiContexts {

    private UiContexts() {
    }

    /** Same-thread work, British English words, the test's dialogs and clock. */
    public static UiContext inline(DialogService dialogs, Clock clock) {
        return inline(dialogs, new Messages(Locale.UK), clock);
    }

    public static UiContext inline(DialogService dialogs, Messages messages, Clock clock) {
        return new UiContext(new BackgroundTasks(Runnable::run, Runnable::run), dialogs, messages, clock);
    }
}
