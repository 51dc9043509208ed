package org.leiojournal.ui.appointment;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.appointment.Reminder;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/**
 * The reminders due now, on the screen as well as in the pop-ups: the keyboard way to mark one done or put it off,
 * and still there after a pop-up was closed. Hidden when nothing is due.
 */
public final class DueRemindersCard extends VBox {

    public DueRemindersCard(RemindersViewModel model, ReminderWords wording, Messages messages) {
        super(6);
        setId("due-reminders");
        getStyleClass().add("due-reminders");
        Label heading = Forms.sectionTitle(messages.get("reminders.due.title"));
        VBox rows = new VBox(6);
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.due().size(); i++) {
                rows.getChildren().add(row(model, model.due().get(i), i, wording, messages));
            }
        };
        model.due().addListener((ListChangeListener<Reminder>) c -> rebuild.run());
        rebuild.run();
        getChildren().addAll(heading, rows);
        Forms.shownWhile(this, Bindings.isNotEmpty(model.due()));
    }

    private static HBox row(RemindersViewModel model, Reminder reminder, int index, ReminderWords wording,
                            Messages messages) {
        Label title = new Label(wording.title(reminder));
        title.getStyleClass().add("appointment-line");
        title.setWrapText(true);
        Label detail = Forms.hint(wording.text(reminder));
        detail.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button done = Forms.button("reminder-done-" + index, messages.get("reminders.due.done"),
                () -> model.done(reminder));
        Button later = Forms.button("reminder-later-" + index, messages.get("reminders.due.later"),
                () -> model.later(reminder));
        VBox buttons = new VBox(4, done, later);
        done.setMinWidth(Region.USE_PREF_SIZE); // the buttons keep their words; the text beside them wraps
        later.setMinWidth(Region.USE_PREF_SIZE);
        done.setMaxWidth(Double.MAX_VALUE);
        later.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, text, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
