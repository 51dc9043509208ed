package org.leiojournal.ui.treatment;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.ui.common.DialogService;

/** Dialogs for view model tests: confirmations answer as told, and everything shown is recorded. */
public final class RecordingDialogs implements DialogService {

    public boolean answer = true;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public int saveFailures;
    /** What the next "save as" answers; empty is a cancel. */
    public java.util.Optional<java.nio.file.Path> fileToSave = java.util.Optional.empty();
    /** What the next "open" answers; empty is a cancel. */
    public java.util.Optional<java.nio.file.Path> fileToOpen = java.util.Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    /** Why each save failed, when the view model said. */
    public final List<org.leiojournal.storage.StorageException.Trouble> troubles = new ArrayList<>();

    @Override
    public void showSaveFailure() {
        saveFailures++;
    }

    @Override
    public void showSaveFailure(RuntimeException cause) {
        saveFailures++;
        troubles.add(cause instanceof org.leiojournal.storage.StorageException s ? s.trouble()
                : org.leiojournal.storage.StorageException.Trouble.OTHER);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return answer;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToSave(String title, String fileName, String filterName,
                                                                   String extension) {
        return fileToSave;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, String filterName, String extension) {
        return fileToOpen;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        return java.util.Optional.empty();
    }
}
