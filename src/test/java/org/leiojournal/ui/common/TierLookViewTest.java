package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tier's icon (its shape tells the tiers apart, not colour alone) grows with the text size like the words beside
 * it, and is the same size beside a heading as in a list at the usual size.
 */
@Tag("ui")
class TierLookViewTest extends WindowTest {

    private VBox root;
    private Label inList;
    private Label heading;

    @Override
    public void start(Stage stage) {
        root = new VBox(8);
        Scene scene = new Scene(root, 600, 300);
        scene.getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        showAtItsSize(stage, scene);
    }

    private void show(AlertTier tier, double fontPx) {
        interact(() -> {
            inList = new Label("Pain 8", TierLook.icon(tier));
            heading = TierLook.label(tier, "Call your care team now");
            heading.getStyleClass().add("alert-tier-heading");
            root.getChildren().setAll(inList, heading);
            root.setStyle("-fx-font-size: " + fontPx + "px;");
            root.applyCss();
            root.layout();
        });
        FxSettle.settle();
    }

    @ParameterizedTest
    @EnumSource(AlertTier.class)
    void theIconGrowsWithTheTextSizeAndItsMarkStaysInside(AlertTier tier) {
        show(tier, 14);
        Bounds usual = box(inList);
        assertEquals(usual.getWidth(), box(heading).getWidth(), 0.5, "the same size beside a heading");
        assertEquals(26, usual.getWidth(), 0.5);

        show(tier, 28);
        Bounds large = box(inList);
        assertEquals(2 * usual.getWidth(), large.getWidth(), 0.5, "twice as wide at 200 % text");
        assertEquals(2 * usual.getHeight(), large.getHeight(), 0.5, "and twice as tall");
        for (Label label : List.of(inList, heading)) {
            Node icon = label.getGraphic();
            Bounds shape = interactAndGet(() -> icon.lookup(".tier-icon-shape").getBoundsInParent());
            Bounds mark = interactAndGet(() -> ((Text) icon.lookup(".tier-icon-mark")).getBoundsInParent());
            assertTrue(shape.getWidth() > 2 * 20 - 1, "the shape grew: " + shape);
            assertTrue(shape.getMinX() <= mark.getMinX() && mark.getMaxX() <= shape.getMaxX()
                    && shape.getMinY() <= mark.getMinY() + 1 && mark.getMaxY() <= shape.getMaxY() + 1,
                    tier + ": the mark stays inside its shape: " + mark + " in " + shape);
        }
    }

    private Bounds box(Label label) {
        return interactAndGet(() -> label.getGraphic().getLayoutBounds());
    }

    private static <T> T interactAndGet(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, work);
    }
}
