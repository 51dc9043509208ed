package org.leiojournal.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.ui.common.WrappingRow;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Backups: when the last one was made, Back up now, Restore…, Copy my journal to…, progress and the result. */
final class BackupCard extends VBox {

    BackupCard(BackupViewModel model, Messages messages) {
        super(10);
        Button now = Forms.button("backup-now", messages.get("backup.now"), model::backUpNow);
        Button restore = Forms.button("backup-restore", messages.get("backup.restore"), model::restore);
        Button copy = Forms.button("backup-copy", messages.get("backup.copy"), model::copyToFolder);
        Forms.offWhile(model.busyProperty(), now, restore, copy);
        WrappingRow buttons = Forms.buttons(now, restore, copy);
        Forms.busyIn(buttons, "backup-progress", messages.get("backup.busy"), model.busyProperty());
        Label last = Forms.hint("");
        last.setId("backup-last");
        last.textProperty().bind(model.lastBackupProperty());
        getChildren().addAll(Forms.hint(messages.get("backup.hint", model.folder().toString())), last, buttons,
                Forms.outcome("backup-result", model.resultProperty()));
    }
}
