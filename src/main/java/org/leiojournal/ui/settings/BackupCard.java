package org.leiojournal.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Backups: when the last one was made, Back up now, Restore…, Copy my journal to…, progress and the result. */
final class BackupCard extends VBox {

    BackupCard(BackupViewModel model, Messages messages) {
        super(10);
        Button now = Forms.button("backup-now", messages.get("backup.now"), model::backUpNow);
        Button restore = Forms.button("backup-restore", messages.get("backup.restore"), model::restore);
        Button copy = Forms.button("backup-copy", messages.get("backup.copy"), model::copyToFolder);
        for (Button button : new Button[] {now, restore, copy}) {
            button.disableProperty().bind(model.busyProperty());
        }
        ProgressIndicator progress = Forms.busy("backup-progress", messages.get("backup.busy"), model.busyProperty());
        HBox buttons = new HBox(8, now, restore, copy, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label last = Forms.hint("");
        last.setId("backup-last");
        last.textProperty().bind(model.lastBackupProperty());
        Label result = Forms.hint("");
        result.setId("backup-result");
        result.textProperty().bind(model.resultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        getChildren().addAll(Forms.hint(messages.get("backup.hint", model.folder().toString())), last, buttons,
                result);
    }
}
