package org.leiojournal.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action on the UI thread after a pause: in the window by JavaFX's animation timer, in a test by hand, so
 * that a test of what happens (or must not) after a pause needs no sleep (issue 17).
 */
@FunctionalInterface
interface Pauses {

    /** Runs {@code then} after {@code pause}; running the returned action cancels it. */
    Runnable after(Duration pause, Runnable then);

    /** The window's: a {@link PauseTransition}. */
    static Pauses animated() {
        return (pause, then) -> {
            PauseTransition transition = new PauseTransition(pause);
            transition.setOnFinished(e -> then.run());
            transition.play();
            return transition::stop;
        };
    }
}
