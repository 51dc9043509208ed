package org.leiojournal.ui.common;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane whose scroll bars join the scene the first time one is needed, not with the pane. JavaFX's own skin
 * keeps both bars as hidden children, so each was styled and skinned (eight nodes a bar) in the frame that showed the
 * pane, even where nothing ever scrolls: a screen's page at 100 % text, a course sideways (Treatment, issue 21).
 * Until then the bars exist off the scene and still carry the pane's position, so keys and the mouse wheel scroll as
 * before once there is something to scroll. A bar once added stays.
 */
public final class BarsWhenNeededSkin extends ScrollPaneSkin {

    private BarsWhenNeededSkin(ScrollPane pane) {
        super(pane);
        getChildren().removeAll(getHorizontalScrollBar(), getVerticalScrollBar());
    }

    /** Gives {@code pane} this skin; returns it. */
    public static ScrollPane install(ScrollPane pane) {
        pane.setSkin(new BarsWhenNeededSkin(pane));
        return pane;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        super.layoutChildren(x, y, width, height);
        // the layout above decided which bars show; one not yet in the scene is added, styled, and laid out again
        // with its real size (measured off the scene it had none)
        boolean added = addIfShown(getVerticalScrollBar());
        added |= addIfShown(getHorizontalScrollBar());
        if (added) {
            super.layoutChildren(x, y, width, height);
        }
    }

    private boolean addIfShown(ScrollBar bar) {
        if (!bar.isVisible() || bar.getParent() != null) {
            return false;
        }
        getChildren().add(1, bar); // over the content, under the corner, as JavaFX's skin orders them
        bar.applyCss();
        return true;
    }

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        Object answer = super.queryAccessibleAttribute(attribute, parameters);
        return answer instanceof ScrollBar bar && bar.getParent() == null ? null : answer; // none to offer yet
    }
}
