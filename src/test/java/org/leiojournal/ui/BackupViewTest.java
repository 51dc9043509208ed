package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.crash.CrashWriter;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/** Settings → Backups through the window: back up, lose an entry, restore it after a preview; junk is refused. */
class BackupViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        List<org.leiojournal.domain.symptom.SymptomItem> scored = fresh.items().all().stream()
                .filter(i -> i.kind() == ItemKind.SCORE).toList();
        fresh.checkIns().save(CrashWriter.entry(1, scored));
        fresh.checkIns().save(CrashWriter.entry(2, scored));
        store = fresh;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private List<String> notes() {
        return store.checkIns().all().stream().map(CheckIn::note).sorted().toList();
    }

    @Test
    void backUpThenRestoreAfterSeeingWhatTheBackupHolds() throws Exception {
        assertEquals("No backup yet.", text("#backup-last"));
        clickOn(reveal("#backup-now"));
        assertTrue(text("#backup-result").startsWith("Backed up to " + dataDir.resolve("backups")), text("#backup-result"));
        assertTrue(text("#backup-last").startsWith("Last backup: "), text("#backup-last"));
        Path backup = store.backups().list().get(0).file();

        store.checkIns().delete(store.checkIns().all().get(0).id());
        dialogs.toOpen = Optional.of(backup);
        clickOn(reveal("#backup-restore"));
        FxSettle.settle();
        String preview = ((Label) lookup("#confirm-dialog").queryAs(DialogPane.class).getContent()).getText();
        assertTrue(preview.contains("It holds 2 check-ins, no courses of treatment and no appointments."), preview);
        assertTrue(preview.contains("replace everything in your journal now (1 check-in)"), preview);
        clickOn("#confirm-ok");
        FxSettle.settle();
        assertTrue(lookup("#info-dialog").tryQuery().isPresent(), "the restore says what it did; error: "
                + lookup("#error-dialog").tryQuery().map(n -> ((Label) ((DialogPane) n).getContent()).getText())
                .orElse("none"));
        clickOn("#info-ok");
        assertEquals(List.of("save 1", "save 2"), notes(), "the lost entry is back");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Path junk = Files.writeString(Files.createTempFile("not-a-backup", ".sqlite"), "hello");
        dialogs.toOpen = Optional.of(junk);
        clickOn(reveal("#backup-restore"));
        FxSettle.settle();
        assertTrue(lookup("#error-dialog").tryQuery().isPresent());
        clickOn("OK");
        assertTrue(text("#backup-result").startsWith("Nothing was restored from " + junk.getFileName()
                + ": it is not a Leio Journal backup."), text("#backup-result"));
        assertEquals(List.of("save 1", "save 2"), notes());
        assertEquals(0, store.backups().list().size(), "nothing was backed up for a refused file");
    }

    @Test
    void copyMyJournalToAFolder() throws Exception {
        Path stick = Files.createTempDirectory("usb-stick");
        dialogs.folder = Optional.of(stick);
        clickOn(reveal("#backup-copy"));
        Path copy = stick.resolve("leio-journal-2026-11-22.sqlite");
        assertTrue(Files.isRegularFile(copy), text("#backup-result"));
        assertEquals(2, store.previewRestore(copy).checkIns());
        assertTrue(text("#backup-result").startsWith("Copied your journal to " + copy), text("#backup-result"));
    }
}
