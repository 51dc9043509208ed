package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Issue 21: the Journal's first visit does less. Its rows all have one height (so the table need not measure 3,650
 * of them), worked out from the text size: at every size from 100 to 200 % each row is tall enough for its words,
 * a bold severe score and an alert's icon. A note's tooltip is made when the pointer first comes over it.
 */
class JournalFirstVisitViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    @Test
    void atEveryTextSizeEachRowFitsItsWordsAndItsAlertIcon() {
        clickOn("#item-esas-pain").write("8");
        saveCheckIn();
        clickOn(reveal("#checkin-temperature")).write("38.2");
        saveCheckIn();

        for (int size = 100; size <= 200; size += 25) {
            visit(Screen.JOURNAL);
            FxSettle.settle();
            TableView<?> table = lookup("#journal-table").queryTableView();
            assertEquals(2, table.getItems().size());
            List<String> problems = new ArrayList<>();
            int checked = 0;
            for (Node node : table.lookupAll(".table-row-cell")) {
                TableRow<?> row = (TableRow<?>) node;
                if (row.isEmpty() || !row.isVisible()) {
                    continue;
                }
                for (Node child : row.getChildrenUnmodifiable()) {
                    if (child instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()) {
                        double needed = cell.snappedTopInset() + cell.snappedBottomInset() + contentHeight(cell);
                        checked++;
                        if (row.getHeight() + 0.5 < needed) {
                            problems.add(size + " %: " + cell.getTableColumn().getId() + " needs " + needed
                                    + " px, its row is " + row.getHeight());
                        }
                    }
                }
            }
            // only the columns in sight have cells (JournalShownColumnsViewTest): at 200 % the first four or five
            assertTrue(checked >= 8, "the rows' cells were looked at: " + checked);
            assertEquals(List.of(), problems);
            shortcut(KeyCode.EQUALS);
        }
    }

    @Test
    void aNotesWholeTextIsMadeItsTooltipWhenThePointerFirstComesOverIt() {
        clickOn("#item-esas-pain").write("3");
        String note = "Tired after the drip, slept most of the afternoon, then a short walk round the garden with Sam";
        clickOn(reveal("#checkin-note")).write(note);
        saveCheckIn();
        visit(Screen.JOURNAL);
        FxSettle.settle();

        TableCell<?, ?> cell = lookup("#journal-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "col-note".equals(c.getTableColumn().getId()) && !c.isEmpty()).findFirst().orElseThrow();
        assertEquals(note, cell.getText());
        assertNull(cell.getTooltip(), "none made before it is wanted");
        moveTo(cell);
        FxSettle.settle();
        assertNotNull(cell.getTooltip());
        assertEquals(note, cell.getTooltip().getText(), "the whole note");
    }

    @Test
    void theSymptomFiltersListIsMadeWhenFirstOpenedAndAChoiceInItFiltersTheEntries() {
        clickOn("#item-esas-pain").write("6");
        saveCheckIn();
        clickOn(reveal("#checkin-temperature")).write("37.1"); // the second entry: pain left unanswered
        saveCheckIn();
        visit(Screen.JOURNAL);
        FxSettle.settle();
        TableView<?> table = lookup("#journal-table").queryTableView();
        assertEquals(2, table.getItems().size());
        ComboBox<?> symptom = lookup("#journal-symptom").queryAs(ComboBox.class);
        assertNull(symptom.lookup(".list-view"), "no drop-down list styled with the filters (issue 21)");

        clickOn(symptom);
        FxSettle.settle();
        List<ListCell<?>> cells = Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-cell").stream())
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getText() != null).toList();
        List<String> choices = cells.stream().map(ListCell::getText).toList();
        assertEquals("Any symptom", choices.get(0), choices.toString());
        clickOn(cells.stream().filter(c -> c.getText().equals("Pain")).findFirst().orElseThrow());
        FxSettle.settle();
        assertEquals(1, table.getItems().size(), "only the entry with pain at 1 or more");
    }

    /** The height of the cell's words (in its own font, bold or not) or of its icon, whichever is taller. */
    private static double contentHeight(TableCell<?, ?> cell) {
        double text = cell.lookupAll(".text").stream().filter(n -> n.getParent() == cell)
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).max().orElse(0);
        double graphic = cell.getGraphic() == null ? 0
                : Math.max(cell.getGraphic().prefHeight(-1), cell.getGraphic().minHeight(-1));
        return Math.max(text, graphic);
    }
}
