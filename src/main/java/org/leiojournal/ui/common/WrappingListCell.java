package org.leiojournal.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A list row that wraps at the list's width, so a long row reads whole and the list never scrolls sideways (at 200 %
 * text the care team's list did, and the mouse wheel moved it sideways).
 */
public final class WrappingListCell<T> extends ListCell<T> {

    private final Function<T, String> text;

    public WrappingListCell(Function<T, String> text) {
        this.text = text;
        setWrapText(true);
        setPrefWidth(0); // the cell takes the list's width instead of widening it
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
