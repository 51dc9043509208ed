package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/**
 * Issue 21: a part's placeholder stands where its part will go (the benchmark's "in sight" looks at it), and takes
 * no room in a column with spacing, neither while it waits nor once its part is built.
 */
@Tag("ui")
class PlaceholderPlaceViewTest extends WindowTest {

    private HBox root;

    @Override
    public void start(Stage stage) {
        root = new HBox(20);
        root.setFillHeight(false); // each column as tall as its children make it
        showAtItsSize(stage, new Scene(root, 500, 600));
    }

    @Test
    void aPlaceholderStandsAtItsPartsTopAndLeavesNoGap() {
        PartsAfterFrame later = new PartsAfterFrame();
        Region first = block(60);
        Node second = later.later(() -> block(80));
        Node third = later.withPrevious(() -> block(40));
        Region last = block(30);
        VBox column = new VBox(16, first, second, third, last);
        interact(() -> root.getChildren().setAll(column));

        assertEquals(76, second.getBoundsInParent().getMinY(), "where the second part will go");
        assertEquals(76, last.getLayoutY(), "the last block where it stands with no part waiting: no gap");
        assertEquals(106, column.getHeight(), "the column no taller than its two blocks");

        interact(() -> column.setSpacing(24)); // as a style sheet may set it
        assertEquals(84, second.getBoundsInParent().getMinY());
        assertEquals(84, last.getLayoutY(), "the new spacing taken back as well");
    }

    @Test
    void theColumnOnceBuiltIsLaidOutAsOneBuiltWhole() {
        PartsAfterFrame later = new PartsAfterFrame();
        VBox column = new VBox(16, later.later(() -> block(50)), block(60), later.later(() -> block(80)),
                later.withPrevious(() -> block(40)), block(30), later.later(() -> block(20)));
        VBox whole = new VBox(16, block(50), block(60), block(80), block(40), block(30), block(20));
        interact(() -> {
            root.getChildren().setAll(column, whole);
            later.buildAfterFirstFrame(column);
        });
        FxSettle.settle();

        assertEquals(tops(whole), tops(column), "every part where it stands in the column built whole");
        assertEquals(whole.getHeight(), column.getHeight());
    }

    private static List<Double> tops(VBox column) {
        return column.getChildren().stream().map(n -> n.getBoundsInParent().getMinY()).toList();
    }

    private static Region block(double height) {
        Region block = new Region();
        block.setMinHeight(height);
        block.setPrefHeight(height);
        block.setMaxHeight(height);
        return block;
    }
}
