package org.leiojournal.ui.lock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.leiojournal.MutableClock;
import org.leiojournal.settings.AppLock;
import org.leiojournal.settings.LockStore;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.testing.WindowTest;
import org.junit.jupiter.api.Tag;

/** The window locks itself after the idle time, and any use of it starts the time again. */
@Tag("ui")
class IdleLockTest extends WindowTest {

    private final MutableClock clock = MutableClock.sunday();
    private LockViewModel model;
    private LockLayer layer;
    private Stage own;

    /** A stage of its own: the shared primary stage keeps the size of the last scene shown in it. */
    @Override
    public void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        own = stage;
        Path folder = Files.createTempDirectory("leio-idle");
        new LockStore(folder).save(AppLock.create("violet river".toCharArray(), 5));
        model = new LockViewModel(new LockStore(folder), new Messages(Locale.UK), clock);
        TextField field = new TextField();
        field.setId("typing");
        layer = new LockLayer(new StackPane(field), model, new Messages(Locale.UK));
        showAtItsSize(stage, new Scene(layer.root(), 600, 400));
    }

    @Override
    public void stop() {
        own.close();
    }

    @Test
    void idleLocksAndTypingKeepsItOpen() {
        for (int i = 0; i < 4; i++) { // 16 minutes in all, each key well inside the 5 idle minutes
            clock.advance(Duration.ofMinutes(4));
            clickOn("#typing");
            type(KeyCode.A);
            interact(layer::checkIdle);
            assertFalse(model.lockedProperty().get(), "used within the idle time, after " + (i + 1) * 4 + " min");
        }
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        interact(layer::checkIdle);
        assertFalse(model.lockedProperty().get(), "4:59 unused is inside the 5 minutes");
        clock.advance(Duration.ofSeconds(1));
        interact(layer::checkIdle);
        assertTrue(model.lockedProperty().get(), "5 minutes unused locks the window");
    }
}
