package org.leiojournal.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.leiojournal.ui.testing.WindowTest;

/**
 * A small window standing for the app's at idle: a title and a focused Save button, for the work done while the
 * user leaves the window alone (the warm-up, the screens built at idle).
 */
@Tag("ui")
abstract class IdleWindowTest extends WindowTest {

    Scene scene;
    VBox root;

    @Override
    public void start(Stage stage) {
        Button save = new Button("Save");
        root = new VBox(6, new Label("Today"), save);
        scene = new Scene(root, 600, 300);
        showAtItsSize(stage, scene);
        stage.toFront();
        save.requestFocus();
    }
}
