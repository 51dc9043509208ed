package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 21: the warm-up at idle makes its controls off-screen only, stops for good at the user's first key press,
 * never makes anything while the window has a screen to build, and waits for the parts a screen builds after its
 * first frame.
 */
@Tag("ui")
class IdleWarmUpViewTest extends IdleWindowTest {

    private IdleWarmUp warmUp;

    @AfterEach
    void stopIt() {
        if (warmUp != null) {
            interact(warmUp::stop);
        }
    }

    @Test
    void leftAloneItWarmsEveryControlAndShowsNothing() throws Exception {
        int windows = Window.getWindows().size();
        warmUp = new IdleWarmUp(scene, Duration.millis(50), Duration.millis(10));
        interact(warmUp::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> warmUp.isFinished());
        FxSettle.settle();
        assertEquals(2, root.getChildren().size(), "nothing added to the window");
        assertEquals(windows, Window.getWindows().size(), "no window opened");
    }

    @Test
    void aKeyPressedBetweenTwoSlicesStopsItForGood() {
        HandPauses pauses = new HandPauses();
        warmUp = new IdleWarmUp(scene, Duration.millis(50), Duration.seconds(1), pauses);
        interact(warmUp::start);
        FxSettle.settle();
        interact(pauses::endAll); // the idle pause: the first slice
        assertEquals(1, warmUp.slicesDone());
        assertEquals(1, pauses.running(), "the pause before the second slice");
        type(KeyCode.SHIFT);
        assertEquals(0, pauses.running(), "the key cancelled it");
        interact(pauses::endAll);
        assertEquals(1, warmUp.slicesDone());
        assertFalse(warmUp.isFinished());
    }

    @Test
    void aKeyPressedBeforeTheIdlePauseEndsMeansNoSliceAtAll() {
        HandPauses pauses = new HandPauses();
        warmUp = new IdleWarmUp(scene, Duration.seconds(1), Duration.millis(10), pauses);
        interact(warmUp::start);
        FxSettle.settle();
        assertEquals(1, pauses.running(), "the idle pause");
        type(KeyCode.SHIFT);
        assertEquals(0, pauses.running(), "the key cancelled it");
        interact(pauses::endAll);
        assertEquals(0, warmUp.slicesDone());
    }

    @Test
    void nothingIsMadeWhileTheWindowHasAScreenToBuild() {
        warmUp = new IdleWarmUp(scene, Duration.hours(1), Duration.hours(1)); // slices run by hand below
        interact(warmUp::start);
        interact(warmUp::slice); // laid out: the window is idle
        assertEquals(1, warmUp.slicesDone());
        interact(() -> {
            root.getChildren().add(new Label("a screen being built")); // to be laid out in the next pulse
            warmUp.slice();
        });
        assertEquals(1, warmUp.slicesDone(), "the screen first");
        FxSettle.settle();
        interact(warmUp::slice);
        assertEquals(1, warmUp.slicesDone(), "and stopped for good");
    }

    @Test
    void stoppedBeforeItsFirstControlItSaysSoInTheLog() {
        List<String> said = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                said.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(IdleWarmUp.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.INFO); // whatever an earlier test in this JVM set
        log.addHandler(handler);
        try {
            warmUp = new IdleWarmUp(scene, Duration.hours(1), Duration.hours(1)); // slices run by hand below
            interact(warmUp::start);
            interact(() -> {
                root.getChildren().add(new Label("a screen being built"));
                warmUp.slice();
            });
            assertEquals(0, warmUp.slicesDone());
            assertEquals(1, said.size(), "one line: " + said);
            assertTrue(said.get(0).startsWith("warm-up: 0 of "), said.get(0));
        } finally {
            log.removeHandler(handler);
            log.setLevel(level);
        }
    }

    @Test
    void itWaitsForThePartsTheWindowBuildsAfterItsFirstFrame() {
        HandPauses pauses = new HandPauses();
        PartsAfterFrame later = new PartsAfterFrame();
        interact(() -> root.getChildren().add(later.later(() -> new Label("the right column"))));
        warmUp = new IdleWarmUp(scene, Duration.millis(50), Duration.millis(10), pauses);
        interact(warmUp::start);
        FxSettle.settle();
        assertEquals(0, pauses.running(), "no idle pause while a part is still to come");
        interact(pauses::endAll);
        assertEquals(0, warmUp.slicesDone(), "not while a part is still to come");
        interact(() -> later.buildAfterFirstFrame(root));
        FxSettle.settle();
        assertEquals(1, pauses.running(), "the idle pause, once the part is built");
        for (int slice = 0; slice < 20 && !warmUp.isFinished(); slice++) {
            interact(pauses::endAll);
            FxSettle.settle();
        }
        assertTrue(warmUp.isFinished(), "every control warmed, slice by slice");
        assertEquals(3, root.getChildren().size(), "the part is in its place, and nothing else was added");
    }
}
