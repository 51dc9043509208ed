package org.leiojournal.ui.common;

/** Every dialog the app shows goes through here, so view models can ask without knowing JavaFX scenes. */
public interface DialogService {

    void showError(String title, String message);

    /** True when the user chose the confirming button. */
    boolean confirm(String title, String message, String confirmLabel);
}
