package org.leiojournal.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A combo box whose drop-down list is styled and made the first time it opens, not with the box. JavaFX's own skin
 * keeps the list as a hidden child of the box, so a screen's first frame styled a whole list (its scroll bars and a
 * cell for every choice, each measured for the box's width) for each combo box on it (Settings, issue 21). The box
 * is still as wide as its widest choice: the choices' words are measured as text instead, at each layout that asks
 * the box's width, so it suits boxes of a few choices, or a box whose width is set in the stylesheet (the
 * appointment's ~600 time zones, 24 em: then nothing measures them).
 */
public final class ListWhenShownSkin<T> extends ComboBoxListViewSkin<T> {

    private final ComboBox<T> box;
    private final Text measured = new Text();

    private ListWhenShownSkin(ComboBox<T> box) {
        super(box);
        this.box = box;
        getChildren().remove(getPopupContent());
    }

    /** Gives {@code box} this skin; returns it. */
    public static <T> ComboBox<T> install(ComboBox<T> box) {
        box.setSkin(new ListWhenShownSkin<>(box));
        return box;
    }

    @Override
    public void show() {
        // styled where JavaFX's skin keeps it, in the box's scene, so the list opens at its full size at once; again
        // at each opening, as the text size may have changed while it was hidden in its pop-up (two rows, cut words)
        Node list = getPopupContent();
        if (list.getScene() == null) {
            getChildren().add(list);
        }
        if (list instanceof javafx.scene.control.ListView<?> listView) {
            listView.refresh(); // cells made afresh, measured at the text size of now
        }
        list.applyCss();
        super.show();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        // measured each time, not left to the made list: hidden in its pop-up, it keeps an old text size's widths
        double width = super.computePrefWidth(height, top, right, bottom, left);
        if (!(box.lookup(".list-cell") instanceof ListCell<?> cell)) { // the cell showing the choice
            return width;
        }
        Node arrow = box.lookup(".arrow-button");
        double arrowWidth = arrow instanceof Region region ? region.prefWidth(-1) : 0;
        measured.setFont(cell.getFont());
        double widest = 0;
        for (T item : box.getItems()) {
            measured.setText(box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item));
            widest = Math.max(widest, measured.getLayoutBounds().getWidth());
        }
        double cellPadding = cell.snappedLeftInset() + cell.snappedRightInset();
        return Math.max(width, left + cellPadding + Math.ceil(widest) + arrowWidth + right);
    }
}
