package org.leiojournal.ui.treatment;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.BarsWhenNeededSkin;
import org.leiojournal.ui.common.LazyTab;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.StatusLine;
import org.leiojournal.ui.common.TabChoices;
import org.leiojournal.ui.common.UnsqueezedBox;

/** The Treatment screen: courses, supportive medicines, surgery and radiotherapy, and the heart. */
public final class TreatmentView extends BorderPane {

    private final TabPane tabs = new TabPane();
    private final VBox header;
    private final TabChoices choices = new TabChoices(tabs);

    public TreatmentView(TreatmentViewModel model, Messages messages) {
        setId("treatment-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("treatment.title"));
        title.getStyleClass().add("screen-title");
        header = new UnsqueezedBox(6, title);
        header.setPadding(new javafx.geometry.Insets(0, 0, 12, 0));
        tabs.setId("treatment-tabs");
        tabs.getTabs().add(tab("tab-courses", messages.get("treatment.tab.courses"), new CoursesPane(model, messages)));
        // at 100 % text on a laptop the page never scrolls: its bars are not styled with the screen (issue 21); the
        // status floats over the screen's bottom, in sight with the page scrolled down to the dose just recorded
        setCenter(new StatusLine("treatment-status", model.statusProperty())
                .floatingOver(BarsWhenNeededSkin.install(choices.page(header))));
    }

    @Override
    protected void layoutChildren() {
        choices.fit();
        super.layoutChildren();
    }

    /** A button beside the screen's title, such as the emergency sheet's. */
    public void addAction(Node action) {
        header.getChildren().add(1, action);
    }

    public void addTab(String id, String title, Node content) {
        tabs.getTabs().add(tab(id, title, content));
    }

    /** A tab whose pane is built when the tab is first chosen ({@link LazyTab}). */
    public void addTab(String id, String title, Supplier<? extends Node> content) {
        tabs.getTabs().add(LazyTab.of(id, title, content));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        content.getStyleClass().add("tab-body");
        return tab;
    }
}
