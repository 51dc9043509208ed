package org.leiojournal.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The room a screen's tabs take in its page: never less than the least height in leio.css
 * ({@code .screen-tabs-least}, 26 em), nor than the chosen tab's content needs with the row of tabs above it, so the
 * page scrolls to the end of a tall tab. A tab pane does not count its content in its own least height, and a least
 * height set on it in CSS replaced it: at 200 % text Treatment's Courses ran 333 px past the tabs' bottom, out of
 * reach.
 */
final class TabsRoom extends StackPane {

    private final TabPane tabs;
    /** What the chosen tab needed when this was last laid out. */
    private double needed;
    /** The chosen tab's content, watched while it is shown. */
    private Parent watched;
    /** The tab pane's row of tabs, once found. */
    private Region header;
    /** True while a new layout of the page is asked for and not yet done. */
    private boolean remeasure;
    private final ChangeListener<Boolean> contentLaidOut = (o, was, needsLayout) -> {
        // a tab's content is laid out on its own (its area is a layout root, so a change in it stops there): when it
        // now needs another height (the course list goes above or aside), the page is laid out again, after this
        // layout pass (asked for during it, the request would be lost and the parts being laid out left unsized)
        if (!needsLayout && !remeasure && Math.abs(chosenTabNeeds() - needed) > 0.5) {
            remeasure = true;
            Platform.runLater(() -> {
                remeasure = false;
                requestLayout();
            });
        }
    };

    TabsRoom(TabPane tabs) {
        this.tabs = tabs;
        Region least = new Region();
        least.getStyleClass().add("screen-tabs-least");
        least.setMouseTransparent(true);
        getChildren().addAll(least, tabs);
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), snapSizeY(snappedTopInset() + chosenTabNeeds()
                + snappedBottomInset()));
    }

    @Override
    protected void layoutChildren() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        watch(tab == null ? null : tab.getContent());
        needed = chosenTabNeeds();
        super.layoutChildren();
    }

    private void watch(Node content) {
        if (content == watched) {
            return;
        }
        if (watched != null) {
            watched.needsLayoutProperty().removeListener(contentLaidOut);
        }
        watched = content instanceof Parent parent ? parent : null;
        if (watched != null) {
            watched.needsLayoutProperty().addListener(contentLaidOut);
        }
    }

    /**
     * The row of tabs, found once while the tab pane keeps its skin: this is asked in every layout of the page, and
     * a lookup parsed the selector and went through every tab's content each time (issue 21).
     */
    private Region header() {
        if (header == null || !tabs.getChildrenUnmodifiable().contains(header)) { // a new skin: a new row
            header = tabs.lookup(".tab-header-area") instanceof Region found ? found : null;
        }
        return header;
    }

    /** The tab pane's height that shows its chosen tab's content whole, or 0 before it is built. */
    private double chosenTabNeeds() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Node content = tab == null ? null : tab.getContent();
        if (content == null || !(content.getParent() instanceof Region area)) {
            return 0;
        }
        double width = content.getLayoutBounds().getWidth();
        Region header = header();
        // 0 when TabChoices' buttons stand in for it
        double row = header != null && header.isManaged() ? header.prefHeight(-1) : 0;
        return tabs.snappedTopInset() + row + area.snappedTopInset() + content.minHeight(width > 0 ? width : -1)
                + area.snappedBottomInset() + tabs.snappedBottomInset();
    }
}
