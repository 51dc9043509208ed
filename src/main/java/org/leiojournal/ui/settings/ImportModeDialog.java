package org.leiojournal.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;

/** Merge (the default) or replace: each choice says in plain words what it does to the journal. */
final class ImportModeDialog extends Dialog<ImportMode> {

    /** The way chosen, or empty when the user cancels. */
    static Optional<ImportMode> ask(Window owner, Path file, Messages messages) {
        return new ImportModeDialog(owner, file, messages).showAndWait();
    }

    private ImportModeDialog(Window owner, Path file, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("transfer.mode.title", file.getFileName().toString()));
        setHeaderText(getTitle());
        getDialogPane().setId("import-dialog");
        ToggleGroup group = new ToggleGroup();
        RadioButton merge = choice("import-merge", messages.get("transfer.mode.merge"), group);
        RadioButton replace = choice("import-replace", messages.get("transfer.mode.replace"), group);
        merge.setSelected(true);
        VBox content = new VBox(8, merge, Forms.hint(messages.get("transfer.mode.merge.hint")), replace,
                Forms.hint(messages.get("transfer.mode.replace.hint")), Forms.hint(messages.get("transfer.mode.check")));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("transfer.mode.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        getDialogPane().lookupButton(ok).setId("import-ok");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("import-cancel");
        setResultConverter(button -> button == ok
                ? (replace.isSelected() ? ImportMode.REPLACE : ImportMode.MERGE) : null);
    }

    private static RadioButton choice(String id, String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setToggleGroup(group);
        return button;
    }
}
