package org.leiojournal.ui.appointment;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.LazyTab;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.StatusLine;
import org.leiojournal.ui.common.TabChoices;
import org.leiojournal.ui.common.UnsqueezedBox;

/**
 * The Appointments screen: what is coming up, the month with treatment days, and the follow-up plan. The header
 * says plainly that reminders need the app to be open; the calendar export is how they reach a phone.
 */
public final class AppointmentsView extends BorderPane {

    private final TabPane tabs = new TabPane();
    private final HBox actions = new HBox(8);
    private final StatusLine status = new StatusLine("appointments-status");
    private final TabChoices choices = new TabChoices(tabs);

    public AppointmentsView(Messages messages) {
        setId("appointments-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("appointments.title"));
        title.getStyleClass().add("screen-title");
        Label remindersNote = new Label(messages.get("appointments.remindersNote"));
        remindersNote.setId("reminders-note");
        remindersNote.getStyleClass().add("item-hint");
        remindersNote.setWrapText(true);
        // The actions sit at the left, under the title: reminders pop up at the top right and would cover them.
        HBox actionRow = new HBox(12, actions, remindersNote);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(remindersNote, Priority.ALWAYS);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        VBox header = new UnsqueezedBox(6, title, actionRow);
        header.setPadding(new Insets(0, 0, 12, 0));
        tabs.setId("appointment-tabs");
        setCenter(status.floatingOver(choices.page(header))); // no empty band kept for it above the tabs
    }

    @Override
    protected void layoutChildren() {
        choices.fit();
        super.layoutChildren();
    }

    public void addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        content.getStyleClass().add("tab-body");
        tabs.getTabs().add(tab);
    }

    /** A tab whose pane is built when the tab is first chosen ({@link LazyTab}). */
    public void addTab(String id, String title, Supplier<? extends Node> content) {
        tabs.getTabs().add(LazyTab.of(id, title, content));
    }

    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * The screen's one status line (review D12), floating over the screen's bottom: it says what the latest action
     * did, whichever part of the screen it came from (a save in the list, an export of all appointments).
     */
    @SafeVarargs
    public final void showStatus(ObservableValue<String>... texts) {
        for (ObservableValue<String> text : texts) {
            text.addListener((o, old, now) -> {
                if (now != null && !now.isEmpty()) {
                    status.setText(now);
                }
            });
        }
    }

    /** A button or two beside the title, for actions on all appointments (export). */
    public void addAction(Node action) {
        actions.getChildren().add(action);
    }
}
