package org.leiojournal.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose pane is built when the tab is first chosen, then kept. A tab pane styles and lays out every tab's
 * pane, shown or not, so building them all made a screen's first visit freeze the window (issue 21).
 */
public final class LazyTab {

    private LazyTab() {
    }

    /** The tab; its pane gets the style class {@code tab-body}, as every screen tab's does. */
    public static Tab of(String id, String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                Node made = content.get();
                made.getStyleClass().add("tab-body");
                tab.setContent(made);
            }
        };
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                fill.run();
            }
        });
        // the first tab added is selected when it joins its pane: built then, with no listener left to wait for
        tab.tabPaneProperty().addListener((o, old, pane) -> {
            if (pane != null && tab.isSelected()) {
                fill.run();
            }
        });
        return tab;
    }
}
