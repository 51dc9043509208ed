package org.leiojournal.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.TestClocks;
import org.leiojournal.report.pdf.Paper;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** The emergency sheet's button: where it saves, on which paper, and what the user is told when it cannot. */
class EmergencySheetViewModelTest {

    private static final Path JOURNAL = Path.of("/tmp/leio-journal-home");

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final List<Paper> papers = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private boolean diskFull;

    private EmergencySheetViewModel model(Locale locale) {
        return new EmergencySheetViewModel((paper, target) -> {
            if (diskFull) {
                throw new IOException("No space left on device");
            }
            papers.add(paper);
            written.add(target);
            return 1;
        }, JOURNAL, UiContexts.inline(dialogs, new Messages(locale), TestClocks.SUNDAY), opened::add);
    }

    @Test
    void savesOnTheLocalesPaperAddsPdfAndOpensIt() {
        dialogs.fileToSave = Optional.of(Path.of("/home/sam/sheet"));
        EmergencySheetViewModel model = model(Locale.US);
        model.save();
        assertEquals(List.of(Path.of("/home/sam/sheet.pdf")), written, "a name typed without .pdf gets it");
        assertEquals(List.of(Paper.LETTER), papers);
        assertEquals(written, opened, "opened in the PDF viewer");
        assertTrue(model.statusProperty().get().contains("/home/sam/sheet.pdf"), model.statusProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void cancellingWritesNothing() {
        model(Locale.UK).save();
        assertTrue(written.isEmpty() && opened.isEmpty() && dialogs.errors.isEmpty());
    }

    @Test
    void insideTheJournalsFolderIsRefusedWithAMessage() {
        dialogs.fileToSave = Optional.of(JOURNAL.resolve("sheet.pdf"));
        model(Locale.UK).save();
        assertTrue(written.isEmpty());
        assertEquals(List.of("The emergency sheet could not be saved"), dialogs.errors);
    }

    @Test
    void aFailedWriteSaysSoAndOpensNothing() {
        diskFull = true;
        dialogs.fileToSave = Optional.of(Path.of("/home/sam/sheet.pdf"));
        EmergencySheetViewModel model = model(Locale.UK);
        model.save();
        assertEquals(List.of("The emergency sheet could not be saved"), dialogs.errors);
        assertTrue(opened.isEmpty());
        assertEquals("", model.statusProperty().get());
        assertFalse(model.runningProperty().get());
    }
}
