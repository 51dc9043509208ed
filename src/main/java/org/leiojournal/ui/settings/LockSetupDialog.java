package org.leiojournal.ui.settings;

import java.io.IOException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.leiojournal.settings.AppLock;
import org.leiojournal.ui.common.Converters;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.lock.LockViewModel;

/**
 * Turning the app lock on (what it protects and what it does not, and what to do about a forgotten passphrase,
 * said before anything is typed) and off (with the passphrase). A problem keeps the dialog open with a message.
 */
final class LockSetupDialog {

    private LockSetupDialog() {
    }

    static void ask(Window owner, LockViewModel model, Messages messages) {
        Dialog<ButtonType> dialog = dialog(owner, messages.get("lock.setup.title"));
        Label explanation = new Label(messages.get("lock.setup.explanation", model.lockFile()));
        explanation.setId("lock-explanation");
        explanation.setWrapText(true);
        explanation.setPrefWidth(520);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "delete t…" (D13)
        PasswordField first = field("lock-new", messages.get("lock.setup.passphrase"));
        PasswordField repeat = field("lock-repeat", messages.get("lock.setup.repeat"));
        ChoiceBox<Integer> idle = new ChoiceBox<>();
        idle.setId("lock-idle");
        idle.getItems().setAll(AppLock.IDLE_CHOICES);
        idle.setValue(AppLock.IDLE_CHOICES.get(1));
        idle.setConverter(Converters.shown(minutes -> messages.get("lock.setup.after", minutes)));
        Label error = error("lock-setup-error");
        dialog.getDialogPane().setContent(new VBox(8, explanation,
                Forms.label(messages.get("lock.setup.passphrase"), first), first,
                Forms.label(messages.get("lock.setup.repeat"), repeat), repeat,
                Forms.label(messages.get("lock.setup.idle"), idle), idle, error));
        ButtonType ok = button(dialog, messages.get("lock.setup.ok"), "lock-setup-ok", messages);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> problem = model.problemWith(first.getText(), repeat.getText());
            try {
                if (problem.isEmpty()) {
                    model.turnOn(first.getText(), idle.getValue());
                }
            } catch (IOException ex) {
                problem = Optional.of(messages.get("lock.setup.failed"));
            }
            if (problem.isPresent()) {
                error.setText(problem.get());
                growToFit(dialog);
                e.consume();
            }
        });
        dialog.setOnShown(e -> first.requestFocus());
        dialog.showAndWait();
    }

    static void askToTurnOff(Window owner, LockViewModel model, Messages messages) {
        Dialog<ButtonType> dialog = dialog(owner, messages.get("lock.off.title"));
        PasswordField passphrase = field("lock-off-passphrase", messages.get("lock.passphrase"));
        Label error = error("lock-off-error");
        dialog.getDialogPane().setContent(new VBox(8, Forms.label(messages.get("lock.passphrase"), passphrase),
                passphrase, error));
        ButtonType ok = button(dialog, messages.get("lock.off.ok"), "lock-off-ok", messages);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String problem;
            try {
                problem = model.turnOff(passphrase.getText()) ? null : messages.get("lock.wrong");
            } catch (IOException ex) {
                problem = messages.get("lock.setup.failed");
            }
            if (problem != null) {
                error.setText(problem);
                growToFit(dialog);
                e.consume();
            }
        });
        dialog.setOnShown(e -> passphrase.requestFocus());
        dialog.showAndWait();
    }

    private static Dialog<ButtonType> dialog(Window owner, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("lock-dialog");
        return dialog;
    }

    private static ButtonType button(Dialog<ButtonType> dialog, String text, String id, Messages messages) {
        ButtonType ok = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel, ok);
        dialog.getDialogPane().lookupButton(ok).setId(id);
        dialog.getDialogPane().lookupButton(cancel).setId(id + "-cancel");
        return ok;
    }

    private static PasswordField field(String id, String name) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(name);
        return field;
    }

    /** A message that appears makes the dialog taller, so neither it nor the text above it is cut (D13). */
    private static void growToFit(Dialog<ButtonType> dialog) {
        javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().layout();
        window.sizeToScene();
    }

    private static Label error(String id) {
        Label error = new Label();
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setPrefWidth(520);
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        return error;
    }
}
