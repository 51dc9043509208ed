package org.leiojournal.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once the next frame showing a node has been laid out and handed to the renderer, so a large build can
 * come in pieces with the window answering between them: styling and laying out a few thousand nodes at once froze
 * the window for over a second (issue 21).
 */
public final class AfterFrame {

    private AfterFrame() {
    }

    /** Runs {@code then} on the UI thread after the next frame of {@code node}'s scene; waits for a scene if none yet. */
    public static void run(Node node, Runnable then) {
        Scene scene = node.getScene();
        if (scene == null) {
            node.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        run(node, then);
                    }
                }
            });
            return;
        }
        afterLayout(scene, () -> Platform.runLater(then)); // after this pulse, so its frame is drawn first
    }

    /**
     * Runs {@code then} once, within the next pulse of {@code scene}, right after its layout: where focus moves
     * once new controls are laid out (earlier, JavaFX may hand the focus to the window's first control).
     */
    public static void afterLayout(Scene scene, Runnable then) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
