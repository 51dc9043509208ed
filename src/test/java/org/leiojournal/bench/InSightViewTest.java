package org.leiojournal.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/** The benchmark's "in sight": what a first visit's time waits for, and what it leaves to the whole screen's. */
@Tag("ui")
class InSightViewTest extends WindowTest {

    private Scene scene;
    private Label top;
    private Label belowTheEdge;
    private VBox page;

    @Override
    public void start(Stage stage) {
        top = new Label("Loading…");
        Region tall = new Region();
        tall.setMinHeight(200);
        belowTheEdge = new Label("Loading…");
        page = new VBox(top, tall, belowTheEdge);
        // the scroll pane shows the page's top 150 px; the window below it has room: the label below the pane's
        // edge is inside the window, but not in sight
        ScrollPane pane = new ScrollPane(page);
        pane.setPrefViewportHeight(150);
        scene = new Scene(new VBox(pane), 400, 400);
        showAtItsSize(stage, scene);
    }

    @Test
    void whatTheScrollPaneShowsIsInSightAndWhatIsBelowItsEdgeIsNot() {
        FxSettle.settle();
        assertTrue(onFx(() -> InSight.inSight(scene, top)));
        assertFalse(onFx(() -> InSight.inSight(scene, belowTheEdge)));
    }

    @Test
    void scrolledDownTheOtherWayRound() {
        interact(() -> ((ScrollPane) ((VBox) scene.getRoot()).getChildren().get(0)).setVvalue(1));
        FxSettle.settle();
        assertFalse(onFx(() -> InSight.inSight(scene, top)));
        assertTrue(onFx(() -> InSight.inSight(scene, belowTheEdge)));
    }

    @Test
    void aPartsPlaceholderIsInSightOnlyWhereItsPartWillGo() {
        PartsAfterFrame later = new PartsAfterFrame();
        Node underTheTop = later.later(() -> new Label("built"));
        Node atTheFoot = later.later(() -> new Label("built"));
        interact(() -> {
            page.getChildren().add(1, underTheTop);
            page.getChildren().add(atTheFoot);
        });
        FxSettle.settle();
        assertTrue(onFx(() -> InSight.inSight(scene, underTheTop)), "under the label at the pane's top");
        assertFalse(onFx(() -> InSight.inSight(scene, atTheFoot)), "below the pane's edge, though the page's top "
                + "is in sight");
    }

    @Test
    void aNodeInAHiddenParentIsNotInSight() {
        interact(() -> page.setVisible(false));
        FxSettle.settle();
        assertFalse(onFx(() -> InSight.inSight(scene, top)));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }
}
