package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/**
 * Issue 21, a screen's first visit: the start's waits for the window's parts (the idle warm-up, the screens built
 * at idle, Treatment's class preload) run once the last part is built, without looking the window through in every
 * frame of the visit meanwhile.
 */
@Tag("ui")
class PartsAfterFrameViewTest extends WindowTest {

    /** A window root that counts how often it is looked through. */
    private static final class CountingRoot extends VBox {
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public Node lookup(String selector) {
            lookups.incrementAndGet();
            return super.lookup(selector);
        }
    }

    private CountingRoot root;

    @Override
    public void start(Stage stage) {
        root = new CountingRoot();
        showAtItsSize(stage, new Scene(root, 400, 300));
    }

    @Test
    void aWaitRunsAfterTheLastPartWithoutLookingTheWindowThrough() {
        PartsAfterFrame later = new PartsAfterFrame();
        AtomicInteger ran = new AtomicInteger();
        interact(() -> {
            root.getChildren().addAll(later.later(() -> new Label("first")), later.later(() -> new Label("second")),
                    later.later(() -> new Label("third")));
            PartsAfterFrame.whenAllBuilt(root, ran::incrementAndGet);
        });
        FxSettle.settle();
        assertEquals(0, ran.get(), "not while the parts wait to be built");
        interact(() -> later.buildAfterFirstFrame(root));
        FxSettle.settle();
        assertEquals(3, root.getChildren().stream().filter(Label.class::isInstance).count(), "every part built");
        assertEquals(1, ran.get(), "once, after the last part");
        assertEquals(0, root.lookups.get(), "the window not looked through (one lookup a frame before)");
    }

    @Test
    void aWaitRunsWhenThePartsScreenIsTakenOutOfTheWindow() {
        VBox screen = new VBox(PartsAfterFrame.placeholder());
        AtomicInteger ran = new AtomicInteger();
        interact(() -> {
            root.getChildren().add(screen);
            PartsAfterFrame.whenAllBuilt(root, ran::incrementAndGet);
        });
        FxSettle.settle();
        assertEquals(0, ran.get(), "not while the screen's part waits");
        interact(() -> root.getChildren().remove(screen));
        FxSettle.settle();
        assertEquals(1, ran.get(), "no part left in the window");
    }

    @Test
    void aPartPutBackBeforeTheFrameIsWaitedForAgain() {
        Region placeholder = PartsAfterFrame.placeholder();
        VBox wide = new VBox(placeholder);
        AtomicInteger ran = new AtomicInteger();
        interact(() -> {
            root.getChildren().add(wide);
            PartsAfterFrame.whenAllBuilt(root, ran::incrementAndGet);
            root.getChildren().setAll(new VBox(placeholder)); // as a screen rearranges for a narrow window
        });
        FxSettle.settle();
        assertEquals(0, ran.get(), "the part still waits in its new place");
        assertTrue(PartsAfterFrame.waitingUnder(root));
        interact(() -> ((VBox) placeholder.getParent()).getChildren().setAll(new Label("built")));
        FxSettle.settle();
        assertFalse(PartsAfterFrame.waitingUnder(root));
        assertEquals(1, ran.get(), "once its part is built");
    }
}
