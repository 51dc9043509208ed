package org.leiojournal.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Skin;
import javafx.scene.control.TitledPane;
import javafx.scene.control.skin.TitledPaneSkin;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A folding section whose title wraps onto more lines when the section is too narrow for it. JavaFX's own title bar
 * is one line high whatever its wrap setting (its skin lays the bar out at its one-line height), so at large text
 * in a small window "What these measures mean, and when to call" read "What these measures mean, and …".
 */
public final class WrappingTitledPane extends TitledPane {

    public WrappingTitledPane(String title) {
        super(title, null);
        setWrapText(true);
        setMinWidth(0);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WrappingSkin(this);
    }

    /** The usual skin, its title bar as high as the title's lines at the section's width. */
    private static final class WrappingSkin extends TitledPaneSkin {

        WrappingSkin(TitledPane pane) {
            super(pane);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            Region title = title();
            if (title != null) {
                double needed = titleHeight(title, w);
                if (Math.abs(title.getPrefHeight() - needed) > 0.5) {
                    title.setPrefHeight(needed); // the skin lays the bar out at its preferred height
                }
            }
            super.layoutChildren(x, y, w, h);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return withWrappedTitle(super.computePrefHeight(width, top, right, bottom, left), width, left + right);
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return withWrappedTitle(super.computeMinHeight(width, top, right, bottom, left), width, left + right);
        }

        /** The skin's height with its title bar's height replaced by the wrapped title's. */
        private double withWrappedTitle(double usual, double width, double insets) {
            Region title = title();
            if (title == null || width <= 0) {
                return usual;
            }
            return usual - snapSizeY(title.prefHeight(width)) + snapSizeY(titleHeight(title, width - insets));
        }

        /** The title's lines wrapped as the skin wraps them (beside the arrow), with the bar's padding. */
        private double titleHeight(Region title, double width) {
            TitledPane pane = getSkinnable();
            Region arrow = arrow(title);
            double arrowWidth = arrow == null ? 0 : arrow.prefWidth(-1);
            double arrowHeight = arrow == null ? 0 : arrow.prefHeight(-1);
            // the skin gives the text the bar's width less half the arrow's (and starts it after the whole arrow)
            double room = width - title.snappedLeftInset() - title.snappedRightInset() - arrowWidth / 2
                    - pane.getLabelPadding().getLeft() - pane.getLabelPadding().getRight();
            Text text = new Text(pane.getText());
            text.setFont(pane.getFont());
            text.setWrappingWidth(Math.max(1, room));
            double lines = Math.ceil(text.getLayoutBounds().getHeight()) + pane.getLabelPadding().getTop()
                    + pane.getLabelPadding().getBottom();
            return title.snappedTopInset() + Math.max(arrowHeight, lines) + title.snappedBottomInset();
        }

        private Region title() {
            return (Region) getChildren().stream().filter(n -> n.getStyleClass().contains("title")).findFirst()
                    .orElse(null);
        }

        private static Region arrow(Region title) {
            for (Node child : title.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("arrow-button") && child instanceof Region region) {
                    return region;
                }
            }
            return null;
        }
    }
}
