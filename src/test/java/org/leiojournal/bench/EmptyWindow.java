package org.leiojournal.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.leiojournal.ui.FirstWindowProbe;

/**
 * The start-up floor: the emptiest JavaFX window, started and timed exactly as the app is (the same JVM, class
 * path, a main class that is not the Application, and {@link FirstWindowProbe}). What the app takes beyond this
 * is what the app itself costs.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window itself. */
    public static final class Shown extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Empty")), 1100, 720));
            stage.setTitle("Empty window");
            stage.show();
            FirstWindowProbe.watch(stage);
        }
    }
}
