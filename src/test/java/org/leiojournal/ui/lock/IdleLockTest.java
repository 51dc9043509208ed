package org.leiojournal.ui.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.leiojournal.settings.AppLock;
import org.leiojournal.settings.LockStore;
import org.leiojournal.ui.common.Messages;
import org.testfx.framework.junit5.ApplicationTest;
import org.junit.jupiter.api.Tag;

/** The window locks itself after the idle time, and any use of it starts the time again. */
@Tag("ui")
class IdleLockTest extends ApplicationTest {

    private LockViewModel model;
    private LockLayer layer;
    private Stage own;

    /** A stage of its own: the shared primary stage keeps the size of the last scene shown in it. */
    @Override
    public void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        own = stage;
        Path folder = Files.createTempDirectory("leio-idle");
        new LockStore(folder).save(AppLock.create("violet river".toCharArray(), 1));
        model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), Clock.systemUTC());
        TextField field = new TextField();
        field.setId("typing");
        layer = new LockLayer(new StackPane(field), model, new Messages(Locale.UK));
        stage.setScene(new Scene(layer.root(), 600, 400));
        stage.show();
    }

    @Override
    public void stop() {
        own.close();
    }

    @Test
    void idleLocksAndTypingKeepsItOpen() throws Exception {
        interact(() -> layer.idleAfter(Duration.millis(3000)));
        for (int i = 0; i < 4; i++) { // about 3 s of use in all, each key well inside the idle time
            Thread.sleep(700);
            clickOn("#typing");
            type(KeyCode.A);
        }
        assertFalse(model.lockedProperty().get(), "used within the idle time");
        Thread.sleep(4500);
        assertTrue(model.lockedProperty().get(), "idle longer than the idle time");
    }
}
