package org.leiojournal.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;

/**
 * For the first-visit probe: when the frame the UI thread has just laid out is painted, as JavaFX itself tells it.
 * The render thread calls the scene's performance tracker after each painting of the scene, before a later pulse
 * may hand it the next frame; a listener run after the scenes' part of every pulse, where the frame laid out in
 * that pulse has been handed over but not yet sent to be painted, counts the paintings so far: the frame's is the
 * next one. Watching the render thread's state instead ({@code RenderThreadWatch}) took two paintings that followed
 * each other for one and then waited for a painting more, which came only with the caret's next blink: about one
 * Appointments visit in six ended at about a second instead of 200–300 ms (issue 21, twentieth session).
 * JavaFX's internal classes: the probe runs with JavaFX on the class path, not as named modules.
 */
final class PaintedFrames {

    private final Scene scene;
    private final TKPulseListener afterScenes = this::afterScenes; // held here: the toolkit keeps it weakly
    /** Paintings of the scene so far; guarded by this. */
    private long painted;
    /** The painting that shows the awaited frame, once known; guarded by this. */
    private long awaited = Long.MAX_VALUE;
    /** A frame laid out in this pulse is awaited; the UI thread's only. */
    private boolean laidOutInThisPulse;
    private final CompletableFuture<Long> paintedAt = new CompletableFuture<>();

    private PaintedFrames(Scene scene) {
        this.scene = scene;
    }

    /** On the UI thread, before the frames to watch are laid out. */
    static PaintedFrames watch(Scene scene) {
        PaintedFrames frames = new PaintedFrames(scene);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(frames::painted);
        Toolkit.getToolkit().addPostSceneTkPulseListener(frames.afterScenes);
        return frames;
    }

    /**
     * On the UI thread, from a post-layout pulse listener: the frame just laid out is awaited; the returned
     * {@code System.nanoTime()} is when its painting ended.
     */
    CompletableFuture<Long> whenLaidOutFrameIsPainted() {
        laidOutInThisPulse = true;
        return paintedAt;
    }

    /** On the UI thread. */
    void stop() {
        Toolkit.getToolkit().removePostSceneTkPulseListener(afterScenes);
        PerformanceTracker.releaseSceneTracker(scene);
    }

    /** On the UI thread, after the scenes have handed their frames over and before these are sent to be painted. */
    private void afterScenes() {
        if (laidOutInThisPulse) {
            laidOutInThisPulse = false;
            synchronized (this) {
                awaited = painted + 1;
            }
        }
    }

    /** On the render thread, after each painting of the scene. */
    private void painted() {
        long now = System.nanoTime();
        synchronized (this) {
            if (++painted == awaited) {
                paintedAt.complete(now);
            }
        }
    }
}
