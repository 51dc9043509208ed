package org.leiojournal.ui.common;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A label whose text wraps, measured once for each width it is given. JavaFX keeps a node's height only for no
 * given width, so a wrapping label's lines were laid out again for every question its parents asked (least,
 * preferred and greatest height, by each box on the way up) in every pass, and again for every card added after
 * it: a fifth of what Settings' first visit allocated on the UI thread (issue 21). The height is asked again when
 * the width, text, font, insets or wrapping change, or when anything asks the label for a new layout.
 */
public class WrappingLabel extends Label {

    private double measuredWidth = Double.NaN;
    private double measuredHeight;
    private String measuredText;
    private Font measuredFont;
    private Insets measuredInsets;

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!isWrapText() || width != measuredWidth || !Objects.equals(getText(), measuredText)
                || !Objects.equals(getFont(), measuredFont) || !Objects.equals(getInsets(), measuredInsets)) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
            measuredText = getText();
            measuredFont = getFont();
            measuredInsets = getInsets();
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }
}
