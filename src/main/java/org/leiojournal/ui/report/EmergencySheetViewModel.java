package org.leiojournal.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.ui.common.BackgroundTasks;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;
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

    private final Writer writer;
    private final Path journalFolder;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final FolderOpener opener;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public EmergencySheetViewModel(Writer writer, Path journalFolder, UiContext ui, FolderOpener opener) {
        this.writer = writer;
        this.journalFolder = journalFolder;
        this.tasks = ui.tasks();
        this.dialogs = ui.dialogs();
        this.messages = ui.messages();
        this.clock = ui.clock();
        this.opener = opener;
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Asks where, writes, then opens the sheet; nothing is written if the user cancels. */
    public void save() {
        if (running.get()) {
            return;
        }
        Optional<Path> chosen = ReportFiles.choose(dialogs, messages, "emergency.chooser.title",
                "leio-emergency-sheet-" + LocalDate.now(clock) + ".pdf", journalFolder, "emergency.failed.title");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        Paper paper = Paper.forLocale(messages.locale());
        running.set(true);
        status.set(messages.get("report.working"));
        tasks.run(() -> write(paper, target), pages -> {
            running.set(false);
            status.set(messages.get("emergency.done", target.toString()));
            ReportFiles.open(opener, dialogs, messages, target, "emergency.openFailed.body");
        }, e -> {
            running.set(false);
            status.set("");
            dialogs.showError(messages.get("emergency.failed.title"), messages.get("report.failed.body",
                    target.toString()));
        });
    }

    private int write(Paper paper, Path target) {
        try {
            return writer.write(paper, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
