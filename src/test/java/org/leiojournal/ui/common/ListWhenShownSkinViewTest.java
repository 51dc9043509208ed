package org.leiojournal.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A combo box with {@link ListWhenShownSkin}: no drop-down list is styled with the box (issue 21), yet it opens
 * with every choice and takes a click, and the box is as wide as its widest choice whichever is shown.
 */
@Tag("ui")
class ListWhenShownSkinViewTest extends WindowTest {

    private static final String LONGEST = "Tunnelled central line (Hickman)";

    private VBox root;
    private ComboBox<String> box;

    @Override
    public void start(Stage stage) {
        root = new VBox(8);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(new Scene(root, 700, 400));
        stage.setWidth(700);
        stage.setHeight(400);
        stage.getScene().getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        stage.show();
    }

    private void mount(double fontPx) {
        interact(() -> {
            box = ListWhenShownSkin.install(new ComboBox<>());
            box.setId("box");
            box.getItems().setAll("None", LONGEST, "Port");
            box.setValue("None");
            root.setStyle("-fx-font-size: " + fontPx + "px;");
            root.getChildren().setAll(box);
        });
        FxSettle.settle();
    }

    @Test
    void theListIsMadeWhenTheBoxFirstOpensWithEveryChoiceAndTakesAClick() {
        mount(14);
        assertNull(get(() -> box.lookup(".list-view")), "no drop-down list is styled with the box");

        interact(box::show);
        FxSettle.settle();
        List<String> shown = get(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-cell").stream())
                .map(n -> ((ListCell<?>) n).getText()).filter(t -> t != null).toList());
        assertEquals(List.of("None", LONGEST, "Port"), shown, "every choice, none scrolled out of sight");

        clickOn(LONGEST);
        FxSettle.settle();
        assertEquals(LONGEST, box.getValue());
        assertFalse(box.isShowing(), "the list closes on a choice");
    }

    @ParameterizedTest
    @ValueSource(doubles = {14, 28})
    void theBoxIsAsWideAsItsWidestChoiceWhicheverIsShown(double fontPx) {
        mount(fontPx);
        double withShortest = get(() -> box.getWidth());

        interact(() -> box.setValue(LONGEST));
        FxSettle.settle();
        assertEquals(withShortest, get(() -> box.getWidth()), 0.5, "the box keeps its width");
        Text words = get(() -> (Text) box.lookup(".list-cell").lookup(".text"));
        assertEquals(LONGEST, get(words::getText), "the longest choice is shown whole, not cut short");
    }

    @Test
    void afterTheTextSizeChangesTheListShowsEveryChoiceWholeWithNoSidewaysScrollBar() {
        mount(14);
        interact(box::show); // the list is made and sized at 14 px
        interact(box::hide);
        interact(() -> root.setStyle("-fx-font-size: 28px;")); // Settings, text size 200 %
        FxSettle.settle();

        interact(box::show);
        FxSettle.settle();
        javafx.scene.control.ListView<?> list = get(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> (javafx.scene.control.ListView<?>) w.getScene().getRoot().lookup(".list-view"))
                .findFirst().orElseThrow());
        List<String> cut = get(() -> list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getText() != null && c.lookup(".text") instanceof Text t && !c.getText().equals(t.getText()))
                .map(ListCell::getText).toList());
        assertEquals(List.of(), cut, "every choice shows whole");
        boolean sideways = get(() -> list.lookupAll(".scroll-bar").stream()
                .anyMatch(b -> b instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible()));
        assertFalse(sideways, "no sideways scroll bar");
        interact(box::hide);
    }

    private static <T> T get(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
