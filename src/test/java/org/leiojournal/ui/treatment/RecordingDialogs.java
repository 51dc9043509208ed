package org.leiojournal.ui.treatment;

import java.util.ArrayList;
import java.util.List;
import org.leiojournal.ui.common.DialogService;

/** Dialogs for view model tests: confirmations answer as told, and everything shown is recorded. */
final class RecordingDialogs implements DialogService {

    boolean answer = true;
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    int saveFailures;

    @Override
    public void showError(String title, String message) {
        errors.add(title);
    }

    @Override
    public void showSaveFailure() {
        saveFailures++;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return answer;
    }
}
