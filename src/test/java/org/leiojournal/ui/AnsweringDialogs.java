package org.leiojournal.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.ui.common.DialogService;

/**
 * The app's real dialogs, except the file choosers: a test answers those itself, as a user would in the system's
 * dialog, and can check which file name was suggested.
 */
final class AnsweringDialogs implements DialogService {

    private final DialogService real;
    Optional<Path> toSave = Optional.empty();
    Optional<Path> toOpen = Optional.empty();
    Optional<Path> folder = Optional.empty();
    final List<String> suggestedNames = new ArrayList<>();

    AnsweringDialogs(DialogService real) {
        this.real = real;
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        real.showInfo(title, message);
    }

    @Override
    public void showSaveFailure() {
        real.showSaveFailure();
    }

    @Override
    public void showSaveFailure(RuntimeException cause) {
        real.showSaveFailure(cause);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return real.confirm(title, message, confirmLabel);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String fileName, String filterName, String extension) {
        suggestedNames.add(fileName);
        return toSave;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, String extension) {
        return toOpen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folder;
    }
}
