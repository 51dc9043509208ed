package org.leiojournal.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the app shows goes through here, so view models can ask without knowing JavaFX scenes. */
public interface DialogService {

    void showError(String title, String message);

    /** Tells the user something went well and what it did (an import's counts). */
    void showInfo(String title, String message);

    /** The journal file could not be written; what the user typed stays on screen. */
    void showSaveFailure();

    /** As above, saying why when the cause is one the user can fix (a full disk, a folder that became read-only). */
    default void showSaveFailure(RuntimeException cause) {
        showSaveFailure();
    }

    /** True when the user chose the confirming button. */
    boolean confirm(String title, String message, String confirmLabel);

    /**
     * Asks where to save a file, suggesting {@code fileName}; {@code extension} is like "ics". Empty when the user
     * cancels.
     */
    Optional<Path> chooseFileToSave(String title, String fileName, String filterName, String extension);

    /** Asks which file to open; {@code extension} is like "json", or "json,zip" for either. Empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterName, String extension);

    /** As above, opening in {@code startIn} (the backups folder) where the system's chooser allows. */
    default Optional<Path> chooseFileToOpen(String title, String filterName, String extension, Path startIn) {
        return chooseFileToOpen(title, filterName, extension);
    }

    /** Asks for a folder (a USB stick to copy the journal to). Empty when the user cancels. */
    Optional<Path> chooseFolder(String title);
}
