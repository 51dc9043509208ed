package org.leiojournal.ui.treatment;

import org.leiojournal.TestClocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.leiojournal.storage.FreshJournals;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.FxDialogService;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.testing.FxSettle;
import org.leiojournal.ui.testing.WindowTest;
import org.junit.jupiter.api.Tag;
import org.leiojournal.ui.common.UiContexts;

/**
 * Mounts treatment panes on their own in a window, on a journal in a fresh temporary folder, with the app's
 * stylesheet, real dialogs, the fixed clock of the UI tests (09:30 in London, Sunday 22 November 2026) and journal
 * work run on the UI thread so each step is finished before the next.
 */
@Tag("ui")
abstract class PaneViewTest extends WindowTest {

    JournalStore store;
    Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dataDir = Files.createTempDirectory("leio-pane-test");
        store = FreshJournals.open(dataDir, TestClocks.SUNDAY);
        Messages messages = new Messages(Locale.UK);
        TreatmentPanes panes = TreatmentPanes.create(store,
                UiContexts.inline(new FxDialogService(stage, messages), messages, MedicinesViewModelTest.CLOCK),
                new javafx.beans.property.SimpleBooleanProperty());
        Scene scene = new Scene(root(panes), 1560, 960);
        scene.getStylesheets().add(PaneViewTest.class.getResource("/org/leiojournal/css/leio.css").toExternalForm());
        // the toolkit's one stage is shared by every test class of a run: an earlier class may have sized it (or
        // set its minimum, as the main window does), and a stage once sized keeps its size for a new scene
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.setWidth(scene.getWidth());
        stage.setHeight(scene.getHeight());
        stage.show();
        stage.toFront();
    }

    /** What the window shows: one pane, or a pane with the card it shares data with. */
    abstract Parent root(TreatmentPanes panes);

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** Types into a date picker’s text field, as a user who prefers typing to the calendar does. */
    void typeDate(String id, String text) {
        DatePicker picker = lookup("#" + id).queryAs(DatePicker.class);
        doubleClickOn(picker.getEditor());
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    /** Replaces a text field’s content. */
    void replaceText(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    /** The problem shown under the field, "" if none (its line's label is made with the first problem). */
    String errorAt(String id) {
        return lookup("#" + id + "-error").tryQuery().map(Label.class::cast)
                .map(label -> label.isVisible() ? label.getText() : "").orElse("");
    }

    String status(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    boolean rowShown(String listId, String text) {
        return lookup("#" + listId).lookup((Node n) -> n instanceof ListCell<?> cell && text.equals(cell.getText()))
                .tryQuery().isPresent();
    }

    /** Presses Tab until the node with this id has the keyboard focus, as a keyboard user would. */
    void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    String focusedId() {
        FxSettle.settle();
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }
}
