package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.trend.TrendJournal;

/**
 * Issue 21: the Journal makes cells only for the columns in sight (about half on a first visit at 1366 × 768), yet
 * scrolling sideways shows every column's values as before, each row's background and selection reach the right
 * edge, and a score's band still shows when its column comes back into sight.
 */
class JournalShownColumnsViewTest extends SevenWeekJournalViewTest {

    /**
     * JavaFX gives each cell and column header its column's id; an id a column made every column's cells a kind of
     * their own to style. The columns keep their ids (tests and tools find them by it), their cells and headers,
     * before and after a sideways scroll, none.
     */
    @Test
    void cellsAndColumnHeadersDoNotCarryTheirColumnsId() {
        TableView<?> table = loaded();
        scrollSideways(table, 1);
        assertEquals("col-by", table.getVisibleLeafColumns().get(table.getVisibleLeafColumns().size() - 1).getId());
        assertTrue(cells(table, "col-by").size() >= 10, "the last column's cells are there");
        List<String> ids = rows(table).stream().flatMap(r -> r.getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof TableCell<?, ?>).map(Node::getId).filter(java.util.Objects::nonNull)
                .distinct().collect(Collectors.toList());
        assertEquals(List.of(), ids, "the cells' ids");
        List<Node> headers = List.copyOf(table.lookupAll(".column-header"));
        assertTrue(headers.size() >= table.getVisibleLeafColumns().size(), "every column's header: " + headers.size());
        assertEquals(List.of(), headers.stream().map(Node::getId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toList()), "the headers' ids");
    }

    @Test
    void aColumnRightOfTheWindowHasNoCellsUntilScrolledToThenShowsEveryRowsValue() {
        TableView<?> table = loaded();
        assertTrue(cells(table, "col-when").size() >= 10, "the first column's cells are there");
        assertEquals(List.of(), cells(table, "col-by"), "none for the last column, far right of the window");

        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(sideways(table).getMax() + table.getWidth() >= columns,
                "the sideways scroll bar reaches the last column: " + sideways(table).getMax());
        scrollSideways(table, 1);
        List<TableCell<?, ?>> by = cells(table, "col-by");
        assertTrue(by.size() >= 10, "the last column's cells came with the scroll: " + by.size());
        for (TableCell<?, ?> cell : by) {
            assertEquals(String.valueOf(cell.getTableColumn().getCellData(cell.getIndex())), cell.getText());
            assertTrue(cell.getSkin() != null && cell.isVisible(), "styled and shown in the same frame");
        }
        assertEquals(List.of(), cells(table, "col-when"), "the first column, now out of sight, is left out");
        rowsReachTheRightEdge(table);
    }

    /**
     * A row makes no cell at all for a column right of the window (JavaFX's row made one for every column, filled
     * it with its value and only then took it out of the row), and a screen reader asking a row for its cell in that
     * column (as it does, by row and column) gets one with the row's value once the column is scrolled into sight.
     */
    @Test
    void aRowMakesNoCellForAColumnRightOfTheWindowUntilItIsScrolledTo() {
        TableView<?> table = loaded();
        int last = table.getVisibleLeafColumns().size() - 1;
        List<TableRow<?>> rows = rows(table);
        assertTrue(rows.size() >= 10, "rows in sight: " + rows.size());
        for (TableRow<?> row : rows) {
            assertEquals(null, cellAt(row, last), "row " + row.getIndex() + "'s cell in the last column");
            assertTrue(cellAt(row, 0) instanceof TableCell<?, ?>, "row " + row.getIndex() + "'s first cell");
        }

        scrollSideways(table, 1);
        for (TableRow<?> row : rows(table)) {
            Object cell = cellAt(row, last);
            assertTrue(cell instanceof TableCell<?, ?>, "row " + row.getIndex() + "'s last cell: " + cell);
            TableCell<?, ?> byCell = (TableCell<?, ?>) cell;
            assertEquals(String.valueOf(byCell.getTableColumn().getCellData(row.getIndex())), byCell.getText());
            assertTrue(row.getChildrenUnmodifiable().contains(byCell), "in the row");
        }
    }

    /**
     * Rows made while the table is scrolled sideways (the window made taller) line their cells up under their
     * columns' headers, as the rows made before: a cell left of the window, taken out of a new row before it was
     * ever styled, counted as 0 wide and moved every cell right of it to the left.
     */
    @Test
    void rowsMadeWhileScrolledSidewaysLineTheirCellsUpWithTheHeaders() {
        TableView<?> table = loaded();
        scrollSideways(table, 1);
        int before = rows(table).size();
        interact(() -> stage.setHeight(stage.getHeight() + 300));
        FxSettle.settle();
        interact(() -> { }); // one more pulse: the new rows are laid out
        FxSettle.settle();
        assertTrue(rows(table).size() > before, "new rows: " + before + " → " + rows(table).size());
        java.util.Map<TableColumn<?, ?>, Double> headerLeft = new java.util.HashMap<>();
        for (Node header : table.lookupAll(".column-header")) {
            if (header instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null) {
                headerLeft.put((TableColumn<?, ?>) h.getTableColumn(), h.localToScene(h.getLayoutBounds()).getMinX());
            }
        }
        for (TableRow<?> row : rows(table)) {
            for (Node child : row.getChildrenUnmodifiable()) {
                if (child instanceof TableCell<?, ?> cell && cell.isVisible()) {
                    double left = cell.localToScene(cell.getLayoutBounds()).getMinX();
                    assertEquals(headerLeft.get(cell.getTableColumn()), left, 1.0,
                            "row " + row.getIndex() + "'s " + cell.getTableColumn().getText());
                }
            }
        }
    }

    /** What a screen reader gets when it asks the row for its cell in a column (by the column's place). */
    private Object cellAt(TableRow<?> row, int column) {
        AtomicReference<Object> cell = new AtomicReference<>();
        interact(() -> cell.set(row.queryAccessibleAttribute(AccessibleAttribute.CELL_AT_ROW_COLUMN, row.getIndex(),
                column)));
        return cell.get();
    }

    @Test
    void aScoresBandShowsAgainWhenItsColumnComesBackIntoSight() {
        TableView<?> table = loaded();
        String nausea = "col-item-" + TrendJournal.item(store, "esas.nausea").id();
        String before = bands(table, nausea);
        assertFalse(before.isEmpty());
        assertTrue(before.contains("6:band-moderate") || before.contains("4:band-moderate")
                || before.contains("1:band-mild"), before);

        scrollSideways(table, 1);
        scrollSideways(table, 0);
        assertEquals(before, bands(table, nausea), "the same scores with the same bands");
        rowsReachTheRightEdge(table);
    }

    @Test
    void theSelectedRowIsMarkedAcrossTheWholeWidthAfterAScroll() {
        TableView<?> table = loaded();
        interact(() -> table.getSelectionModel().select(2));
        scrollSideways(table, 1);
        TableRow<?> selected = rows(table).stream().filter(r -> r.getIndex() == 2).findFirst().orElseThrow();
        assertTrue(selected.isSelected());
        assertTrue(selected.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof TableCell<?, ?> c
                && "col-by".equals(c.getTableColumn().getId())), "its last cell is in sight");
        rowsReachTheRightEdge(table);
    }

    /** Moves the sideways scroll bar to a fraction of its way (0 far left, 1 far right) and waits for the frame. */
    private void scrollSideways(TableView<?> table, double fraction) {
        ScrollBar bar = sideways(table);
        interact(() -> bar.setValue(bar.getMin() + fraction * (bar.getMax() - bar.getMin())));
        FxSettle.settle();
        interact(() -> { }); // one more pulse: the rows are laid out at their new width
        FxSettle.settle();
    }

    private static ScrollBar sideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
    }

    private static List<TableRow<?>> rows(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty()).collect(Collectors.toList());
    }

    /** The cells of one column in the shown rows. */
    private static List<TableCell<?, ?>> cells(TableView<?> table, String column) {
        return rows(table).stream().flatMap(r -> r.getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof TableCell<?, ?> c && column.equals(c.getTableColumn().getId()))
                .map(n -> (TableCell<?, ?>) n).collect(Collectors.toList());
    }

    /** "index:score:band" for each shown cell of the column, in row order. */
    private static String bands(TableView<?> table, String column) {
        return cells(table, column).stream().sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(c -> c.getIndex() + ":" + c.getText() + ":" + c.getStyleClass().stream()
                        .filter(s -> s.startsWith("band-")).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    /** Each shown row's background (zebra, selection) covers the table's whole visible width. */
    private static void rowsReachTheRightEdge(TableView<?> table) {
        Node viewport = table.lookup(".clipped-container");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        for (TableRow<?> row : rows(table)) {
            Bounds bounds = row.localToScene(row.getLayoutBounds());
            assertTrue(bounds.getMinX() <= shown.getMinX() + 0.5 && bounds.getMaxX() >= shown.getMaxX() - 0.5,
                    "row " + row.getIndex() + " " + bounds + " covers " + shown);
        }
    }
}
