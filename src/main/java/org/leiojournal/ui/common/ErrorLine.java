package org.leiojournal.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A field's problem in red under it, its label made the first time there is a problem (issue 21). Most forms are
 * filled in without one, and a hidden label is still styled, given a skin and a text node with the rest of its
 * form's first frame: Today's check-in, Settings and Appointments' form hold one for every field. Until then this
 * is an empty region with no style that takes no room, as the hidden label did; once made, the label shows and
 * hides with its message, and this region takes exactly the label's sizes, so the form lays out as it did with the
 * label in its place.
 */
public final class ErrorLine extends Region {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final String id;
    /** Held here: a binding over the form's problems is only weakly held by them. */
    private final ObservableStringValue message;
    private final Control field;
    private final boolean marksField;
    private Label label;

    /**
     * {@code marksField}: while the problem shows, the field has the "invalid" look and the problem as its
     * accessible help, which a screen reader reads with the field.
     */
    ErrorLine(String id, ObservableStringValue message, Control field, boolean marksField) {
        this.id = id;
        this.message = message;
        this.field = field;
        this.marksField = marksField;
        setVisible(false);
        setManaged(false);
        FirstTime.whenNotEmpty(message, this::makeLabel);
    }

    /** The label, once there has been a problem to show; null before. */
    public Label label() {
        return label;
    }

    private void makeLabel() {
        label = new Label();
        label.setId(id);
        label.getStyleClass().add(Style.FIELD_ERROR);
        label.setWrapText(true);
        label.getProperties().put(FieldErrors.FIELD, field);
        label.textProperty().bind(message);
        Forms.shownWhile(label, label.textProperty().isNotEmpty());
        if (marksField) {
            mark(true); // made to show a problem
            label.visibleProperty().addListener((obs, was, shown) -> mark(shown));
        }
        getChildren().add(label);
        visibleProperty().bind(label.visibleProperty());
        managedProperty().bind(label.visibleProperty());
    }

    private void mark(boolean shown) {
        field.pseudoClassStateChanged(INVALID, shown);
        field.setAccessibleHelp(shown ? label.getText() : null);
    }

    // the label's own sizes, so a parent lays this out as it would the label (this region has no insets)

    @Override
    public Orientation getContentBias() {
        return label == null ? null : label.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        return label == null ? 0 : label.minWidth(height);
    }

    @Override
    protected double computePrefWidth(double height) {
        return label == null ? 0 : label.prefWidth(height);
    }

    @Override
    protected double computeMaxWidth(double height) {
        return label == null ? 0 : label.maxWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return label == null ? 0 : label.minHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return label == null ? 0 : label.prefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return label == null ? 0 : label.maxHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (label != null) {
            label.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }
}
