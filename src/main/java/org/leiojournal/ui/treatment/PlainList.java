package org.leiojournal.ui.treatment;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * A short list of items, one row each, the chosen one selected: a box of labels instead of a {@code ListView}, whose
 * skin (its virtual flow, filler cells and two hidden scroll bars, each a kind of node styled for the first time)
 * was a part of the Treatment screen's first frame (issue 21). It looks like the window's other lists (their style
 * classes) and keeps what a list does for the keyboard (Up, Down, Home, End once focused; Tab reaches it) and for
 * a screen reader (a list of items, their count, the selected one). The choice lives in {@code chosen}: a click
 * or a key sets it, and the row of whatever sets it from elsewhere is shown selected. Long lists scroll in the
 * scroll pane this is put in.
 */
final class PlainList<T> extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FILLED = PseudoClass.getPseudoClass("filled");
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");

    private final ObservableList<T> items;
    private final Function<T, String> text;
    private final ObjectProperty<T> chosen;
    private int selected = -1;

    PlainList(ObservableList<T> items, Function<T, String> text, ObjectProperty<T> chosen) {
        this.items = items;
        this.text = text;
        this.chosen = chosen;
        getStyleClass().add("list-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        items.addListener((ListChangeListener<T>) change -> fill());
        chosen.addListener((o, old, item) -> showSelected());
        addEventHandler(KeyEvent.KEY_PRESSED, this::move);
        fill();
    }

    private void fill() {
        getChildren().setAll(items.stream().map(this::row).toList());
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(ODD, i % 2 == 1);
        }
        showSelected();
        notifyAccessibleAttributeChanged(AccessibleAttribute.ITEM_COUNT);
    }

    private Node row(T item) {
        Label row = new Row(text.apply(item));
        row.setMaxWidth(Double.MAX_VALUE);
        row.getStyleClass().add("list-cell");
        row.pseudoClassStateChanged(FILLED, true);
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            choose(getChildren().indexOf(row));
            e.consume(); // a scroll pane around the list would take the keyboard on the same press
        });
        return row;
    }

    /** The chosen item's row, found by identity, else by {@code equals} (as a list's selection would). */
    private void showSelected() {
        T item = chosen.get();
        int at = -1;
        for (int i = 0; i < items.size() && item != null; i++) {
            if (items.get(i) == item) {
                at = i;
                break;
            }
        }
        if (at < 0 && item != null) {
            at = items.indexOf(item);
        }
        selected = at;
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(SELECTED, i == at);
        }
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED_ITEMS);
        notifyAccessibleAttributeChanged(AccessibleAttribute.FOCUS_ITEM);
    }

    private void choose(int index) {
        if (index >= 0 && index < items.size()) {
            chosen.set(items.get(index));
        }
    }

    private void move(KeyEvent key) {
        int last = items.size() - 1;
        int to = switch (key.getCode()) {
            case UP, KP_UP -> Math.max(0, selected - 1);
            case DOWN, KP_DOWN -> Math.min(last, selected + 1);
            case HOME -> 0;
            case END -> last;
            default -> -2;
        };
        if (to != -2) {
            choose(to);
            key.consume();
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case ITEM_COUNT -> getChildren().size();
            case ITEM_AT_INDEX -> {
                int index = (Integer) parameters[0];
                yield index >= 0 && index < getChildren().size() ? getChildren().get(index) : null;
            }
            case SELECTED_ITEMS -> selected < 0 ? FXCollections.emptyObservableList()
                    : FXCollections.observableList(List.of(getChildren().get(selected)));
            case FOCUS_ITEM -> selected < 0 ? null : getChildren().get(selected);
            case MULTIPLE_SELECTION -> false;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** One item's row: a list item to a screen reader, which can choose it. */
    private final class Row extends Label {

        Row(String text) {
            super(text);
            setAccessibleRole(AccessibleRole.LIST_ITEM);
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case INDEX -> PlainList.this.getChildren().indexOf(this);
                case SELECTED -> PlainList.this.getChildren().indexOf(this) == selected;
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.REQUEST_FOCUS) {
                choose(PlainList.this.getChildren().indexOf(this));
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }
}
