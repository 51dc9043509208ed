package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scroll pane with {@link BarsWhenNeededSkin}: no scroll bar is made in its scene while its content fits (issue
 * 21); once the content grows past it, the vertical bar is there at its full width, the content beside it, and
 * Page Down and the mouse wheel scroll as with JavaFX's own skin.
 */
@Tag("ui")
class BarsWhenNeededSkinViewTest extends WindowTest {

    private Stage stage;
    private ScrollPane pane;
    private Region content;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 400, 300));
        stage.getScene().getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        stage.show();
    }

    private void mount(boolean ours) {
        interact(() -> {
            content = new Region();
            content.setPrefHeight(100);
            pane = Forms.scrolling(new VBox(content));
            if (ours) {
                BarsWhenNeededSkin.install(pane);
            }
            stage.getScene().setRoot(pane);
        });
        FxSettle.settle();
    }

    private List<ScrollBar> barsInScene() {
        return get(() -> pane.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).toList());
    }

    @Test
    void noBarIsMadeWhileTheContentFitsAndTheVerticalOneComesWhenItGrows() {
        mount(true);
        assertEquals(List.of(), barsInScene(), "nothing to scroll: no bar styled");

        interact(() -> content.setPrefHeight(2_000));
        FxSettle.settle();
        List<ScrollBar> bars = barsInScene();
        assertEquals(1, bars.size(), "the vertical bar, not the sideways one: " + bars);
        ScrollBar bar = bars.get(0);
        assertTrue(bar.isVisible() && bar.getWidth() > 5, "shown at its width: " + bar.getWidth());
        Node viewport = get(() -> pane.lookup(".viewport"));
        assertEquals(pane.getWidth() - bar.getWidth(), get(() -> viewport.getLayoutBounds().getWidth()), 1,
                "the content laid out beside the bar, not under it");
    }

    @Test
    void pageDownAndTheMouseWheelScrollAsWithJavaFxsOwnSkin() {
        List<Double> javafx = scrolledByKeyThenWheel(false);
        List<Double> ours = scrolledByKeyThenWheel(true);
        assertTrue(javafx.get(0) < 0, "Page Down scrolls: " + javafx);
        assertEquals(javafx, ours, "the content's top after Page Down, then after the wheel");
    }

    /** Where the content's top stands after Page Down, then after three turns of the wheel. */
    private List<Double> scrolledByKeyThenWheel(boolean ours) {
        mount(ours);
        interact(() -> content.setPrefHeight(2_000));
        FxSettle.settle();
        interact(pane::requestFocus);
        type(KeyCode.PAGE_DOWN);
        FxSettle.settle();
        double afterKey = get(() -> content.localToScene(0, 0).getY());
        moveTo(pane);
        scroll(3, VerticalDirection.DOWN);
        FxSettle.settle();
        return List.of(afterKey, get(() -> content.localToScene(0, 0).getY()));
    }

    private static <T> T get(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
