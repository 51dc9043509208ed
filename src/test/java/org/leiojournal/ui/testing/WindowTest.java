package org.leiojournal.ui.testing;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX window test whose robot waits for the UI to answer each step ({@link FxSettle}) rather than for TestFX's
 * fixed sleeps: the same events and checks, less time asleep. Every window test extends it.
 */
@Tag("ui")
public abstract class WindowTest extends ApplicationTest {

    protected WindowTest() {
        if (!FxSettle.FIXED_WAITS) {
            SettlingRobots.install(this);
        }
    }

    @Override
    public FxRobot interact(Runnable runnable) {
        if (FxSettle.FIXED_WAITS) {
            return super.interact(runnable);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(runnable));
        FxSettle.settle();
        return this;
    }

    @Override
    public <T> FxRobot interact(Callable<T> callable) {
        if (FxSettle.FIXED_WAITS) {
            return super.interact(callable);
        }
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(callable));
        FxSettle.settle();
        return this;
    }

    /**
     * Shows {@code scene} in the stage at the scene's own size: the toolkit's one stage is shared by the test classes
     * of a JVM, and an earlier class may have sized it.
     */
    protected static void showAtItsSize(Stage stage, Scene scene) {
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }
}
