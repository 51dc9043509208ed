package org.leiojournal.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.PartsAfterFrame;

/**
 * For the installer's smoke test, the AppCDS training run and the start-up benchmark: with
 * {@code -Dleio.exitAfterFirstWindow=true} the app prints "first window shown in N ms" (from the JVM's start)
 * once its first window has been shown (laid out, before its first frame is painted), then, when given the journal's
 * worker, "first frame painted in N ms" once the render thread has painted that first frame (what the user sees;
 * on the software pipeline that painting is long), and "today fully built in N ms" once every read Today queued at
 * the start has come back and been applied, and the parts it builds after its first frame are in, styled and laid
 * out (not yet painted, as for the first window), then quits as a user closing it would. After each it prints the
 * CPU time the UI thread, the render thread and the whole process had used by then ("ui-cpu at-first-window N ms",
 * "render-cpu at-first-window N ms", "process-cpu at-first-window N ms"), which the machine's load moves far less
 * than the wall time, and the memory the UI thread had allocated ("ui-alloc at-first-window N MB"), which it hardly
 * moves.
 */
public final class FirstWindowProbe {

    public static final String PROPERTY = "leio.exitAfterFirstWindow";

    private FirstWindowProbe() {
    }

    /** Does nothing unless the property is set. */
    public static void watch(Stage stage) {
        watch(stage, null);
    }

    /**
     * As {@link #watch(Stage)}; with {@code worker} (the journal's one background thread, which runs tasks in
     * order) it also waits for the reads queued before the window showed, and the frame that shows their results.
     */
    public static void watch(Stage stage, Executor worker) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable quit = () -> {
            stage.close();
            Platform.exit();
        };
        Runnable report = () -> {
            // after showing: the scene has been styled and laid out (in show()); its first frame is not painted yet
            Platform.runLater(() -> {
                say("first window shown in ");
                sayCpu("at-first-window");
                if (worker == null) {
                    quit.run();
                    return;
                }
                // the first frame is handed to the render thread in the pulse after this
                AfterFrame.afterLayout(stage.getScene(), () -> RenderThreadWatch.whenIdleAfterWork(renderCpu -> {
                    say("first frame painted in ");
                    print("render-cpu at-first-frame-painted " + renderCpu + " ms");
                }));
                // the worker's queue drained, then the UI thread's: the results applied; the parts Today builds
                // after its first frame (its right column's cards, in one column) are in, and then styled and laid
                // out by the next pulse, as the first window was (until the twelfth session it printed as soon as
                // they were made, before or after that pulse by chance, so it moved by a pulse from start to start)
                worker.execute(() -> Platform.runLater(() -> Platform.runLater(() -> PartsAfterFrame.whenAllBuilt(
                        stage.getScene().getRoot(), () -> AfterFrame.afterLayout(stage.getScene(), () -> {
                            say("today fully built in ");
                            sayCpu("at-today-built");
                            Platform.runLater(quit);
                        })))));
            });
        };
        if (stage.isShowing()) {
            report.run();
        } else {
            stage.setOnShown(e -> report.run());
        }
    }

    /** Called on the UI thread, so its CPU time and allocation are the UI thread's. */
    private static void sayCpu(String when) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        print("ui-cpu " + when + " " + threads.getCurrentThreadCpuTime() / 1_000_000 + " ms");
        if (threads instanceof com.sun.management.ThreadMXBean counting) { // HotSpot's: what the load moves least
            print("ui-alloc " + when + " " + counting.getCurrentThreadAllocatedBytes() / 100_000 / 10.0 + " MB");
        }
        print("render-cpu " + when + " " + RenderThreadWatch.cpuMillis() + " ms");
        ProcessHandle.current().info().totalCpuDuration().ifPresent(
                cpu -> print("process-cpu " + when + " " + cpu.toMillis() + " ms"));
    }

    /** One line at a time: the render thread's watch prints from a thread of its own. */
    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void say(String what) {
        // the JVM's start in milliseconds (the process's start time is rounded to whole seconds)
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        String line = what + (System.currentTimeMillis() - started) + " ms";
        print(line);
        // also in the data folder's log: Windows' packaged launcher has no console to print to
        java.util.logging.Logger.getLogger(FirstWindowProbe.class.getName()).info(line);
    }
}
