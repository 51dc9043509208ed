package org.leiojournal.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the installer's smoke test, the AppCDS training run and the start-up benchmark: with
 * {@code -Dleio.exitAfterFirstWindow=true} the app prints "first window shown in N ms" (from the JVM's start)
 * once its first window has been drawn, then quits as a user closing it would.
 */
public final class FirstWindowProbe {

    public static final String PROPERTY = "leio.exitAfterFirstWindow";

    private FirstWindowProbe() {
    }

    /** Does nothing unless the property is set. */
    public static void watch(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Runnable report = () -> {
            // one pulse after showing: the scene has been laid out and drawn
            Platform.runLater(() -> {
                // the JVM's start in milliseconds (the process's start time is rounded to whole seconds)
                long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                String shown = "first window shown in " + (System.currentTimeMillis() - started) + " ms";
                System.out.println(shown);
                System.out.flush();
                // also in the data folder's log: Windows' packaged launcher has no console to print to
                java.util.logging.Logger.getLogger(FirstWindowProbe.class.getName()).info(shown);
                stage.close();
                Platform.exit();
            });
        };
        if (stage.isShowing()) {
            report.run();
        } else {
            stage.setOnShown(e -> report.run());
        }
    }
}
