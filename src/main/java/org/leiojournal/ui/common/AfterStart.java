package org.leiojournal.ui.common;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The moment the start's own work is done: after a pulse, the journal's worker has run what was queued by then
 * (Today's reads) and the window has built the parts it shows after its first frame. Work meant for later screens
 * waits for it, so that it does not compete with Today for the two cores.
 */
public final class AfterStart {

    private AfterStart() {
    }

    /** Runs {@code then} on the UI thread at that moment; call it on the UI thread once the window is shown. */
    public static void then(Stage window, Executor worker, Runnable then) {
        Platform.runLater(() -> worker.execute(() -> Platform.runLater(
                () -> PartsAfterFrame.whenAllBuilt(window.getScene().getRoot(), then))));
    }
}
