package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;

/**
 * Treatment's course list as a box of rows ({@link PlainList}) does what its {@code ListView} did for the user: a
 * click or the arrow keys choose a course, a course chosen elsewhere shows selected, and a screen reader hears a
 * list of items with the chosen one selected.
 */
class PlainListViewTest extends WindowTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** Records, as courses are: the list compares them by identity first, and two can be equal. */
    private record Item(String name) {
    }

    private final Item first = new Item("AI 1/2026");
    private final Item second = new Item("Gemcitabine + docetaxel 3/2026");
    private final Item third = new Item("Trabectedin 8/2026");
    private final ObservableList<Item> items = FXCollections.observableArrayList(first, second, third);
    private final ObjectProperty<Item> chosen = new SimpleObjectProperty<>(second);
    private PlainList<Item> list;

    @Override
    public void start(Stage stage) {
        list = new PlainList<>(items, Item::name, chosen);
        list.setId("list");
        Button before = new Button("Before");
        before.setId("before");
        // in a scroll pane, as the course list is: the pane must not take the keyboard from it
        javafx.scene.control.ScrollPane scroll = org.leiojournal.ui.common.BarsWhenNeededSkin.install(
                org.leiojournal.ui.common.Forms.scrolling(list));
        scroll.setFitToHeight(true);
        Scene scene = new Scene(new VBox(8, before, scroll), 400, 300);
        scene.getStylesheets().add(getClass().getResource("/org/leiojournal/css/leio.css").toExternalForm());
        showAtItsSize(stage, scene);
    }

    @Test
    void showsEachItemWithTheChosenOneSelected() {
        assertEquals(List.of(first.name(), second.name(), third.name()), texts());
        assertEquals(List.of(false, true, false), selectedRows());

        interact(() -> chosen.set(third));
        assertEquals(List.of(false, false, true), selectedRows(), "chosen elsewhere (a course just planned)");

        interact(() -> chosen.set(new Item(first.name())));
        assertEquals(List.of(true, false, false), selectedRows(), "an equal item, as a list's selection finds it");

        interact(() -> items.add(0, new Item("Doxorubicin 1/2025")));
        assertEquals(4, texts().size(), "a course added gets its row");
        assertEquals(List.of(false, true, false, false), selectedRows());
    }

    @Test
    void aClickChoosesTheItemAndTakesTheKeyboard() {
        clickOn(third.name());
        FxSettle.settle();
        assertSame(third, chosen.get());
        assertTrue(list.isFocused(), "the arrow keys now move in the list");
        assertEquals(List.of(false, false, true), selectedRows());
        push(KeyCode.UP);
        assertSame(second, chosen.get(), "and they do");
    }

    @Test
    void theArrowKeysHomeAndEndChooseOnceTheListHasTheKeyboard() {
        clickOn("#before");
        push(KeyCode.TAB);
        FxSettle.settle();
        assertTrue(list.isFocused(), "Tab reaches the list");

        push(KeyCode.DOWN);
        assertSame(third, chosen.get());
        push(KeyCode.DOWN);
        assertSame(third, chosen.get(), "stays on the last");
        push(KeyCode.HOME);
        assertSame(first, chosen.get());
        push(KeyCode.UP);
        assertSame(first, chosen.get(), "stays on the first");
        push(KeyCode.END);
        assertSame(third, chosen.get());
        push(KeyCode.UP);
        FxSettle.settle();
        assertSame(second, chosen.get());
        assertEquals(List.of(false, true, false), selectedRows());
    }

    @Test
    void aScreenReaderHearsAListWithTheChosenItemSelected() {
        assertEquals(AccessibleRole.LIST_VIEW, list.getAccessibleRole());
        assertEquals(3, get(() -> list.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT)));
        Node row = (Node) get(() -> list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 1));
        assertEquals(second.name(), ((Label) row).getText());
        assertEquals(AccessibleRole.LIST_ITEM, row.getAccessibleRole());
        assertEquals(1, get(() -> row.queryAccessibleAttribute(AccessibleAttribute.INDEX)));
        assertEquals(true, get(() -> row.queryAccessibleAttribute(AccessibleAttribute.SELECTED)));
        assertEquals(List.of(row), get(() -> list.queryAccessibleAttribute(AccessibleAttribute.SELECTED_ITEMS)));
        assertSame(row, get(() -> list.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM)));

        Node last = (Node) get(() -> list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 2));
        interact(() -> last.executeAccessibleAction(javafx.scene.AccessibleAction.REQUEST_FOCUS));
        assertSame(third, chosen.get(), "the screen reader's choice of an item chooses it");
    }

    private List<String> texts() {
        return get(() -> list.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private List<Boolean> selectedRows() {
        return get(() -> list.getChildren().stream().map(n -> n.getPseudoClassStates().contains(SELECTED)).toList());
    }

    private <T> T get(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
