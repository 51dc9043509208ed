package org.leiojournal.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.leiojournal.storage.StorageException;

/** Dialogs as JavaFX alerts, owned by the main window so they stay on top of it. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        alert.getDialogPane().setId("info-dialog");
        alert.getDialogPane().lookupButton(ButtonType.OK).setId("info-ok");
        alert.showAndWait();
    }

    @Override
    public void showSaveFailure() {
        showError(messages.get("error.save.title"), messages.get("error.save.body"));
    }

    @Override
    public void showSaveFailure(RuntimeException cause) {
        StorageException.Trouble trouble = cause instanceof StorageException storage ? storage.trouble()
                : StorageException.Trouble.OTHER;
        showError(messages.get("error.save.title"), messages.get(switch (trouble) {
            case DISK_FULL -> "error.save.full";
            case READ_ONLY -> "error.save.readOnly";
            case DRIVE_GONE -> "error.save.driveGone";
            case OTHER -> "error.save.body";
        }));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(no, yes);
        alert.getDialogPane().setId("confirm-dialog");
        // The safe choice has the focus: Enter on a tired evening must not delete anything.
        alert.getDialogPane().lookupButton(no).setId("confirm-cancel");
        alert.getDialogPane().lookupButton(yes).setId("confirm-ok");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String fileName, String filterName,
                                                                   String extension) {
        FileChooser chooser = chooser(title, filterName, extension);
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String extension) {
        return Optional.ofNullable(chooser(title, filterName, extension).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String extension, Path startIn) {
        FileChooser chooser = chooser(title, filterName, extension);
        if (Files.isDirectory(startIn)) {
            chooser.setInitialDirectory(startIn.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, String filterName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = Arrays.stream(extension.split(",")).map(e -> "*." + e.strip()).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setPrefWidth(480); // wrap long messages instead of one very wide line
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
