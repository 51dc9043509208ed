package org.leiojournal.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.WindowTest;

/**
 * The first-visit probe's end ({@link PaintedFrames}) rests on JavaFX's internal per-scene callback: a JavaFX
 * upgrade that stops calling it would leave every visit waiting a minute. A frame laid out after a change is told
 * painted, after its layout.
 */
class PaintedFramesTest extends WindowTest {

    private Label label;
    private Scene scene;

    @Override
    public void start(Stage stage) {
        label = new Label("before");
        scene = new Scene(new StackPane(label), 300, 200);
        showAtItsSize(stage, scene);
    }

    @Test
    void aFrameLaidOutAfterAChangeIsToldPainted() throws Exception {
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        CompletableFuture<CompletableFuture<Long>> painted = new CompletableFuture<>();
        CompletableFuture<PaintedFrames> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            frames.complete(PaintedFrames.watch(scene));
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                laidOut.complete(System.nanoTime());
                painted.complete(frames.join().whenLaidOutFrameIsPainted());
            };
            scene.addPostLayoutPulseListener(listener[0]);
            label.setText("after");
        });
        long paintedAt = painted.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        assertTrue(paintedAt >= laidOut.get(), "painted after it was laid out");
        interact(() -> frames.join().stop());
    }
}
