package org.leiojournal.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.leiojournal.settings.Appearance;
import org.leiojournal.ui.common.SampleButton;
import org.leiojournal.ui.common.StatusLine;
import org.leiojournal.ui.common.Columns;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.PartsAfterFrame;
import org.leiojournal.ui.lock.LockViewModel;

/**
 * Settings in cards: profile and threshold, care team, symptoms, and the data: where the journal is stored, and
 * everything exported to one file or imported from one.
 */
public final class SettingsView extends BorderPane {

    public SettingsView(SettingsViewModel model, DataTransferViewModel transfer, BackupViewModel backups,
                        LockViewModel lock, ObjectProperty<Appearance> appearance, Messages messages) {
        setId("settings-view");
        getStyleClass().add("screen");
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("screen-title");
        Label status = new StatusLine("settings-status", model.statusProperty());
        setTop(new VBox(6, title, status));

        // The first frame has the profile card; the others come right after it, in the order a screenful shows
        // them, in four frames none heavier than the profile's (issue 21: all seven at once froze the window for a
        // third of a second, the look card's two choice boxes with the profile's still held the first frame over
        // 100 ms, and one card a frame made nine frames, each with its pulse and the window's render). The care
        // team, backup and lock cards, the left column below the profile, share a frame.
        PartsAfterFrame later = new PartsAfterFrame();
        Node profile = profile(model, messages, later); // its emergency details, then the look card with them
        Node look = later.withPrevious(() -> Forms.card(messages.get("look.title"),
                new LookCard(appearance, messages)));
        Node items = later.later(() -> new ItemsCard(model, messages));
        Node contacts = later.later(() -> new ContactsCard(model, messages));
        Node backup = later.withPrevious(() -> Forms.card(messages.get("backup.title"),
                new BackupCard(backups, messages)));
        Node locking = later.withPrevious(() -> Forms.card(messages.get("lock.card.title"),
                new LockCard(lock, messages)));
        Node data = later.later(() -> data(model, transfer, messages));
        VBox left = new VBox(16, profile, contacts, backup, locking);
        VBox right = new VBox(16, look, items, data);
        left.setPrefWidth(560);
        right.setPrefWidth(560);
        // one column on a small window: at 1024 px two columns cut "Use 37.5 °C" to "Use 3…" (D9)
        setCenter(Forms.scrolling(new Columns(480, 16, left, right)));
        later.buildAfterFirstFrame(this);
    }

    /** The profile card; its emergency-sheet details, at the foot of the first screenful, come a frame later. */
    private static Node profile(SettingsViewModel model, Messages messages, PartsAfterFrame later) {
        Button save = Forms.button("profile-save", messages.get("settings.profile.save"), model::saveProfile);
        save.getStyleClass().add("primary");
        return Forms.card(messages.get("settings.profile"), new ProfileForm(model.profileForm(), messages, "profile"),
                later.later(() -> new EmergencyDetailsFields(model.profileForm(), messages)), save);
    }

    private static Node data(SettingsViewModel model, DataTransferViewModel transfer, Messages messages) {
        TextField path = new TextField(model.journalFile().toString());
        path.setId("data-path");
        path.setEditable(false);
        path.setAccessibleText(messages.get("settings.data.file"));
        Button open = Forms.button("data-open-folder", messages.get("settings.data.open"), model::openDataFolder);
        HBox row = new HBox(8, path, open);
        HBox.setHgrow(path, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = Forms.card(messages.get("settings.data"), Forms.label(messages.get("settings.data.file"), path),
                row, Forms.hint(messages.get("settings.data.move")), new DataCard(transfer, messages));
        if (model.canExploreSample()) {
            card.getChildren().addAll(Forms.hint(SampleButton.hint(messages)),
                    SampleButton.create("settings-sample", messages, model::exploreSample));
        }
        return card;
    }
}
