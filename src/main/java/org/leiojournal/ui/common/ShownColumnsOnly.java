package org.leiojournal.ui.common;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableCellSkin;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableHeaderRow;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * A wide table whose rows make and style cells only for the columns in sight (issue 21): on the Journal's first
 * visit the cells of the score columns right of the window were about half of all, each styled for the first time.
 * <p>
 * JavaFX already leaves out of a row the cells of columns past the row's right edge when the rows have one fixed
 * height, but (a) each row is as wide as all the columns together, so no column is ever past its edge, and (b) a
 * new row's skin puts every cell in the row before it knows the height is fixed, and the row is styled at once with
 * all of them. Here a row ends at the right edge of what shows (the part scrolled past plus the table's width: a
 * little more than shows, never less), and a new row keeps only the cells in sight before it is first styled.
 * Scrolling sideways lays the rows out again at their new width; the cells that come into sight are put in and
 * styled then.
 * <p>
 * A row makes cells only for the columns from the first to the last in sight, not for those right of it: the base
 * row skin made (and filled with its value) a cell for every column, and took those out of sight out of the row
 * only afterwards. Its cell list is not open to subclasses, but the columns it makes cells for are the list
 * {@code getVisibleLeafColumns()} gives it, which a subclass may override: here the columns up to the last in sight
 * ({@link ShownWidthFlow#columnsToMake}), a list the rows listen to, so a sideways scroll or a wider window that
 * brings a column into sight makes its cells in that frame.
 * <p>
 * The rows' first fill comes in two frames: the top three eighths of the rows in sight, then the rest (see
 * {@link ShownWidthFlow#layoutChildren}). Styling all the rows' cells for the first time was the longest frame of
 * the Journal's first visit.
 * <p>
 * Its cells and column headers do not carry their column's id (JavaFX copies it onto each): an id a column made
 * every column's cells, and every header, a kind of their own for JavaFX's styling, matched and looked up anew.
 * <p>
 * Only for a table with {@link TableView#setFixedCellSize}: without a fixed height JavaFX keeps every cell in its row.
 * Only for row selection, as the Journal's: with cell selection JavaFX's row would look up, for a screen reader, the
 * cell of a selected column right of the window, which it no longer makes.
 * Its rows come from its row factory: replace it only with rows that make the same skin.
 */
public final class ShownColumnsOnly {

    private ShownColumnsOnly() {
    }

    /**
     * A table that makes cells only for the columns in sight. Its skin is made when the table is first styled, as
     * any table's is: set earlier with {@code setSkin}, before the table was in a window, it left the Journal's
     * rows scrolled down to the eighth entry (JournalShownColumnsViewTest).
     */
    public static <S> TableView<S> table() {
        TableView<S> table = new TableView<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new TableSkin<>(this);
            }
        };
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new RowSkin<>(this);
            }
        });
        return table;
    }

    /** The node without the id JavaFX copied from its column (an id it set itself stays). */
    private static <N extends Node> N withoutColumnsId(N node, TableColumnBase<?, ?> column) {
        if (column != null && node.getId() != null && node.getId().equals(column.getId())) {
            node.setId(null);
        }
        return node;
    }

    private static final class TableSkin<S> extends TableViewSkin<S> {
        TableSkin(TableView<S> table) {
            super(table);
            flow().columnsOf(table);
        }

        @Override
        protected VirtualFlow<TableRow<S>> createVirtualFlow() {
            return new ShownWidthFlow<>();
        }

        /** Column headers without their columns' ids, as the cells (see {@link RowSkin#createCell}). */
        @Override
        protected TableHeaderRow createTableHeaderRow() {
            return new TableHeaderRow(this) {
                @Override
                protected NestedTableColumnHeader createRootHeader() {
                    return new NestedTableColumnHeader(null) {
                        @Override
                        @SuppressWarnings("rawtypes") // the base skin's signature
                        protected TableColumnHeader createTableColumnHeader(TableColumnBase column) {
                            return withoutColumnsId(super.createTableColumnHeader(column), column);
                        }
                    };
                }
            };
        }

        ShownWidthFlow<S> flow() {
            return (ShownWidthFlow<S>) getVirtualFlow();
        }
    }

    /**
     * Rows no wider than the part of the table that shows, counted from the rows' left edge; the first rows in two
     * frames.
     */
    private static final class ShownWidthFlow<S> extends VirtualFlow<TableRow<S>> {
        /**
         * The share of the rows in sight made in the first of the two frames. Less than half: that frame also does
         * the table's first-time work (the first row and cell of each kind styled, JavaFX's code run for the first
         * time), about as much as four rows more; at a half it was the longest frame of the Journal's first visit,
         * half again as heavy as the rest's (issue 21).
         */
        private static final double FIRST_SHARE = 3.0 / 8;
        /** True until the table first has rows to show. */
        private boolean firstFill = true;
        /** The table's columns from the first to the last in sight: the rows make cells for these only. */
        private final ObservableList<TableColumn<S, ?>> columnsToMake = FXCollections.observableArrayList();
        private List<TableColumn<S, ?>> columns = List.of();

        ShownWidthFlow() {
            // scrolled sideways: the rows in sight take their new width, and their layout puts in the cells now in sight
            getHbar().valueProperty().addListener(o -> {
                updateColumnsToMake();
                for (TableRow<S> row : getCells()) {
                    resizeCell(row);
                    row.requestLayout();
                }
            });
        }

        /** The table's visible columns, whose first ones in sight the rows make cells for. */
        void columnsOf(TableView<S> table) {
            columns = table.getVisibleLeafColumns();
            table.getVisibleLeafColumns().addListener((InvalidationListener) o -> updateColumnsToMake());
            updateColumnsToMake();
        }

        ObservableList<TableColumn<S, ?>> columnsToMake() {
            return columnsToMake;
        }

        /**
         * The columns up to the last that starts left of the shown part's right edge; all of them before the first
         * layout (no width yet). Changed only when it changes: each change has every row check its cells.
         */
        private void updateColumnsToMake() {
            double right = shownRight();
            int count = 0;
            double start = 0;
            while (count < columns.size() && (right <= 0 || start < right)) {
                start += columns.get(count).getWidth();
                count++;
            }
            List<TableColumn<S, ?>> inSight = columns.subList(0, count);
            if (!inSight.equals(columnsToMake)) {
                columnsToMake.setAll(inSight);
            }
        }

        /**
         * The first time there are rows to show, only the top rows in sight ({@link #FIRST_SHARE}) are made and
         * styled (the flow is laid out as if that much as tall, which the rows' fixed height makes exact); the frame
         * after, at its full height, the flow adds the rest and keeps the rows it has. Meanwhile a placeholder marked
         * {@code later} and {@code loading} says the rows are not all in (the benchmark and the window tests wait
         * for it to go). The table's items, selection and keys are untouched: only the drawing comes in two frames.
         */
        @Override
        protected void layoutChildren() {
            // the columns' widths and the flow's own are those of this layout now
            updateColumnsToMake();
            layOutRowsInPlace();
            double height = getHeight();
            if (!firstFill || getCellCount() == 0 || height <= 0 || getWidth() <= 0 || getScene() == null) {
                super.layoutChildren();
                return;
            }
            firstFill = false;
            setHeight(Math.ceil(height * FIRST_SHARE));
            super.layoutChildren();
            // the scroll bars would stand at the top rows' edge for this frame: they come with the rest
            getHbar().setVisible(false);
            getVbar().setVisible(false);
            Region rest = PartsAfterFrame.placeholder();
            rest.setManaged(false);
            getChildren().add(rest);
            AfterFrame.run(this, () -> {
                getChildren().remove(rest);
                // the table's next layout gives the flow its whole height (not this one's: the window or the
                // screen above the table may have changed meanwhile), and the flow then adds the rest
                getParent().requestLayout();
                if (getScene() != null) {
                    // now, before the next pulse, not in its layout pass: the rest's rows and cells are styled as
                    // they join the scene, which marks the scene's root for CSS; marked after the pulse's CSS pass,
                    // the root stayed marked, and the frame after the rows was painted whole, the window's every
                    // node again (issue 21). The pulse's own layout then only finishes the rows' places.
                    getParent().layout();
                }
            });
        }

        /**
         * Lays out, where they stand, the rows that ask for it. A row's first layout moves its cells into place, and
         * JavaFX then asks for another layout of the row (a child moved by its parent's layout, not in the parent's
         * loop over its children); the base flow takes any row that needs layout for a sign its height may change, and
         * lays every row out anew: each row resized twice, so every row laid out and painted again a frame after
         * the rows came (the Journal's first visit: a whole table painted once more after its last rows, issue 21). With
         * one fixed height a row's own layout is all it needs.
         */
        private void layOutRowsInPlace() {
            for (TableRow<S> row : getCells()) {
                if (row.isNeedsLayout()) {
                    row.layout();
                }
            }
        }

        @Override
        protected void resizeCell(TableRow<S> row) {
            super.resizeCell(row);
            double shownRight = shownRight();
            if (row != null && shownRight > 0 && row.getWidth() > shownRight) {
                row.resize(shownRight, row.getHeight());
            }
        }

        /** Where the part that shows ends, from the rows' left edge; 0 before the first layout. */
        double shownLeft() {
            return getHbar().getValue();
        }

        double shownRight() {
            return getWidth() <= 0 ? 0 : Math.ceil(getHbar().getValue() + getWidth());
        }
    }

    private static final class RowSkin<S> extends TableRowSkin<S> {
        /** Marks a cell made out of sight: given its skin at once, styled only when it comes into sight. */
        private static final String NOT_STYLED = "leio.cellNotStyledYet";

        RowSkin(TableRow<S> row) {
            super(row);
            // the base skin has put its cells in, and the new row is styled before its first layout: take out those
            // out of sight (left of the window when it is scrolled sideways), so they are not styled (layout puts
            // them back when they come into sight)
            getChildren().removeIf(child -> child.getProperties().containsKey(NOT_STYLED));
        }

        /**
         * The columns this row makes cells for: those up to the last in sight (the base skin asks for this list
         * while it is being made, before this class's fields are set: hence no field here).
         */
        @Override
        @SuppressWarnings("unchecked") // a row of a table of S has a skin of a table of S
        protected ObservableList<TableColumn<S, ?>> getVisibleLeafColumns() {
            TableView<S> table = getSkinnable().getTableView();
            if (table != null && table.getSkin() instanceof TableSkin<?> skin) {
                return ((TableSkin<S>) skin).flow().columnsToMake();
            }
            return super.getVisibleLeafColumns();
        }

        /**
         * A cell without its column's id, which JavaFX copies onto every cell: with an id a column each, no two
         * columns' cells could share matched styles, and each column's first cell was styled as a new kind (issue 21).
         */
        @Override
        @SuppressWarnings("rawtypes") // the base skin's signature
        protected TableCell<S, ?> createCell(TableColumnBase column) {
            TableCell<S, ?> cell = withoutColumnsId(super.createCell(column), column);
            TableView<S> table = getSkinnable().getTableView();
            if (table != null && table.getSkin() instanceof TableSkin<?> skin && skin.flow().shownRight() > 0
                    && !inSight(table, column, skin.flow().shownLeft(), skin.flow().shownRight())) {
                // the row's layout moves each cell right by the width of those before it, in sight or not, as
                // their skins give it: without a skin a cell counts 0 wide and the cells right of it stood too far
                // left (rows made while scrolled sideways). The skin alone is cheap; the styling waits for sight.
                cell.setSkin(new TableCellSkin<>(cell));
                cell.getProperties().put(NOT_STYLED, Boolean.TRUE);
            }
            return cell;
        }

        private static boolean inSight(TableView<?> table, TableColumnBase<?, ?> column, double left, double right) {
            double start = 0;
            for (TableColumnBase<?, ?> each : table.getVisibleLeafColumns()) {
                if (each == column) {
                    return start < right && start + column.getWidth() > left;
                }
                start += each.getWidth();
            }
            return false;
        }

        /**
         * As wide as all the columns, as the base skin works it out from its cells (each as wide as its column once
         * styled): here from the columns, as cells left out have no skin and would count as 0 wide, and the table
         * could not be scrolled to them.
         */
        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            double width = 0;
            for (TableColumnBase<?, ?> column : getSkinnable().getTableView().getVisibleLeafColumns()) {
                width += snapSizeX(column.getWidth());
            }
            return width;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            // a cell put back by this layout (scrolled into sight) is not styled yet: style it now, so it shows
            // in this very frame, not one frame later
            for (Node child : getChildren()) {
                if (child instanceof TableCell<?, ?> cell
                        && (cell.getSkin() == null || cell.getProperties().remove(NOT_STYLED) != null)) {
                    cell.applyCss();
                    cell.layout();
                }
            }
        }
    }
}
