package org.leiojournal.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.leiojournal.platform.FolderOpener;
import org.leiojournal.ui.common.DialogService;
import org.leiojournal.ui.common.Messages;

/** Where saved PDFs go and how they are opened, shared by the clinic report and the emergency sheet. */
final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Asks where to save a PDF under a suggested name. Empty when the user cancels, or when the place chosen is inside
     * the journal's own folder (said in a dialog titled {@code failedTitleKey}): a PDF there would be swept up by
     * backups and exports as if it were journal data.
     */
    static Optional<Path> choose(DialogService dialogs, Messages messages, String chooserTitleKey, String suggestedName,
                                 Path journalFolder, String failedTitleKey) {
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.get(chooserTitleKey), suggestedName,
                messages.get("report.filter"), "pdf");
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path target = withPdfExtension(chosen.get().toAbsolutePath().normalize());
        if (target.startsWith(journalFolder.toAbsolutePath().normalize())) {
            dialogs.showError(messages.get(failedTitleKey), messages.get("report.insideJournal"));
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** Opens a saved file or its folder with the system's own program; a failure is said with {@code bodyKey}. */
    static void open(FolderOpener opener, DialogService dialogs, Messages messages, Path path, String bodyKey) {
        try {
            opener.open(path);
        } catch (IOException e) {
            dialogs.showError(messages.get("report.openFailed.title"), messages.get(bodyKey, path.toString()));
        }
    }

    /** A name typed without ".pdf" gets it: a chooser on Linux does not add the extension itself. */
    static Path withPdfExtension(Path target) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? target : target.resolveSibling(name + ".pdf");
    }
}
