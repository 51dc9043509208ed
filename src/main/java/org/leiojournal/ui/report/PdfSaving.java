package org.leiojournal.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContext;

/**
 * Saving one PDF, as the clinic report and the emergency sheet both do: asks where (never inside the journal's
 * folder), writes off the UI thread while {@link #runningProperty()} is true and the status says so, tells a failure
 * in a dialog, and opens what was saved with the system's own program.
 */
final class PdfSaving {

    /** Writes the PDF to {@code target} on the worker thread; the number of pages. */
    @FunctionalInterface
    interface Work {
        int write(Path target) throws IOException;
    }

    private final UiContext ui;
    private final Messages messages;
    private final Path journalFolder;
    private final FolderOpener opener;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    PdfSaving(UiContext ui, Path journalFolder, FolderOpener opener) {
        this.ui = ui;
        this.messages = ui.messages();
        this.journalFolder = journalFolder;
        this.opener = opener;
    }

    ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    boolean running() {
        return running.get();
    }

    void clearStatus() {
        status.set("");
    }

    /**
     * Asks where to save a PDF, suggesting {@code namePrefix} and today's date. Empty when the user cancels, or when
     * the place chosen is inside the journal's own folder (said in a dialog titled {@code failedTitleKey}): a PDF there
     * would be swept up by backups and exports as if it were journal data.
     */
    Optional<Path> choose(String chooserTitleKey, String namePrefix, String failedTitleKey) {
        Optional<Path> chosen = ui.dialogs().chooseFileToSave(messages.get(chooserTitleKey),
                namePrefix + LocalDate.now(ui.clock()) + ".pdf", messages.get("report.filter"), "pdf");
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path target = withPdfExtension(chosen.get().toAbsolutePath().normalize());
        if (target.startsWith(journalFolder.toAbsolutePath().normalize())) {
            ui.dialogs().showError(messages.get(failedTitleKey), messages.get("report.insideJournal"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Writes {@code target} off the UI thread; when it is written the status says {@code done} of the pages and
     * {@code then} runs; a failure clears the status and is told in a dialog titled {@code failedTitleKey}.
     */
    void write(Path target, Work work, String failedTitleKey, IntFunction<String> done, Runnable then) {
        running.set(true);
        status.set(messages.get("report.working"));
        ui.tasks().run(() -> {
            try {
                return work.write(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, pages -> {
            running.set(false);
            status.set(done.apply(pages));
            then.run();
        }, e -> {
            running.set(false);
            status.set("");
            ui.dialogs().showError(messages.get(failedTitleKey), messages.get("report.failed.body",
                    target.toString()));
        });
    }

    /** Opens a saved file or its folder with the system's own program; a failure is said with {@code bodyKey}. */
    void open(Path path, String bodyKey) {
        try {
            opener.open(path);
        } catch (IOException e) {
            ui.dialogs().showError(messages.get("report.openFailed.title"), messages.get(bodyKey, path.toString()));
        }
    }

    /** A name typed without ".pdf" gets it: a chooser on Linux does not add the extension itself. */
    static Path withPdfExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? target : target.resolveSibling(name + ".pdf");
    }
}
