package org.leiojournal.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.ui.common.UiContext;

/**
 * The "Emergency sheet" button on a call-now alert and in the Treatment screen: asks where to save (the name is
 * suggested, so Enter saves: two keys from the alert), writes the one-page sheet off the UI thread on the paper of
 * the user's locale, as the clinic report's dialog starts with, and opens it in the system's PDF viewer to print.
 */
public final class EmergencySheetViewModel {

    /** Writes the open journal's emergency sheet to a file; runs on the worker thread. */
    @FunctionalInterface
    public interface Writer {
        int write(Paper paper, Path target) throws IOException;
    }

    private final UiContext ui;
    private final Writer writer;
    private final PdfSaving saving;

    public EmergencySheetViewModel(Writer writer, Path journalFolder, UiContext ui, FolderOpener opener) {
        this.writer = writer;
        this.saving = new PdfSaving(ui, journalFolder, opener);
        this.ui = ui;
    }

    public ReadOnlyBooleanProperty runningProperty() { return saving.runningProperty(); }
    public ReadOnlyStringProperty statusProperty() { return saving.statusProperty(); }

    /** Asks where, writes, then opens the sheet; nothing is written if the user cancels. */
    public void save() {
        if (saving.running()) {
            return;
        }
        Optional<Path> chosen = saving.choose("emergency.chooser.title", "leio-emergency-sheet-",
                "emergency.failed.title");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        Paper paper = Paper.forLocale(ui.messages().locale());
        saving.write(target, file -> writer.write(paper, file), "emergency.failed.title",
                pages -> ui.messages().get("emergency.done", target.toString()),
                () -> saving.open(target, "emergency.openFailed.body"));
    }
}
