package org.leiojournal.ui;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Settings, Your data: everything exported to a file and a file imported, merged or replacing the journal, with
 * every screen showing what came in; a bad file is refused with its first problem and changes nothing.
 */
class DataTransferViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        fresh.checkIns().save(entry("mine", "written here"));
        store = fresh;
    }

    private static CheckIn entry(String uid, String note) {
        return new CheckIn(0, uid, ZonedDateTime.now(CLOCK).minusDays(1), Recorder.PATIENT, Map.of(), "", null, null,
                note);
    }

    /** A journal kept on another computer: one entry and a care-team number, exported to a file. */
    private Path otherComputersExport() throws Exception {
        Path folder = Files.createTempDirectory("leio-other");
        Path file = folder.resolveSibling(folder.getFileName() + ".json");
        try (JournalStore other = JournalStore.open(folder, TestClocks.SUNDAY)) {
            other.profile().save(other.profile().load().withWelcomeCompleted());
            other.checkIns().save(entry("theirs", "written on the laptop"));
            other.contacts().add(new CareContact(0, "Sarcoma nurse", "0161 446 3000", ""));
            JournalExport.toJson(other, file);
        }
        return file;
    }

    private List<String> notesOnTheJournalScreen() {
        visit(Screen.JOURNAL);
        TableView<CheckIn> table = lookup("#journal-table").queryTableView();
        return table.getItems().stream().map(CheckIn::note).sorted().toList();
    }

    private byte[] everything() throws Exception {
        Path file = Files.createTempFile("leio-everything", ".json");
        JournalExport.toJson(store, file);
        return Files.readAllBytes(file);
    }

    @Test
    void everythingIsExportedThenAnotherJournalsFileIsMergedAndEveryScreenShowsIt() throws Exception {
        Path exported = Files.createTempDirectory("leio-export").resolve("mine.json");
        dialogs.toSave = Optional.of(exported);
        clickOn(reveal("#data-export"));
        assertTrue(lookup("#data-result").queryAs(Label.class).getText().startsWith("Exported everything ("),
                lookup("#data-result").queryAs(Label.class).getText());
        assertArrayEquals(everything(), Files.readAllBytes(exported), "the file holds the whole journal");

        dialogs.toOpen = Optional.of(otherComputersExport());
        clickOn(reveal("#data-import"));
        clickOn("#import-ok"); // merge is chosen already
        FxSettle.settle();
        assertTrue(lookup("#info-dialog").tryQuery().isPresent(), "the import says what it did");
        clickOn("#info-ok");

        assertEquals(List.of("written here", "written on the laptop"), notesOnTheJournalScreen(),
                "the screens show the merged journal");
        visit(Screen.SETTINGS);
        assertEquals(List.of("Sarcoma nurse"), lookup("#contacts-list").queryListView().getItems().stream()
                .map(c -> ((CareContact) c).name()).toList());
    }

    @Test
    void tablesExportedAsCsvComeBackInThroughImport() throws Exception {
        Path zip = Files.createTempDirectory("leio-csv").resolve("tables.zip");
        dialogs.toSave = Optional.of(zip);
        clickOn(reveal("#data-export-csv"));
        assertTrue(Files.size(zip) > 0, "the zip was written");
        try (JournalStore other = JournalStore.open(Files.createTempDirectory("leio-csv-other"), TestClocks.SUNDAY)) {
            org.leiojournal.transfer.JournalImport.from(other, zip, org.leiojournal.storage.ImportMode.REPLACE);
            assertEquals(List.of("written here"), other.checkIns().all().stream().map(CheckIn::note).toList(),
                    "the zip holds the journal's entry");
        }

        dialogs.toOpen = Optional.of(zip);
        clickOn(reveal("#data-import"));
        clickOn("#import-ok");
        FxSettle.settle();
        assertTrue(lookup("#info-dialog").tryQuery().isPresent(), "the import says what it did");
        clickOn("#info-ok");
        assertEquals(List.of("written here"), notesOnTheJournalScreen(), "merging its own export adds nothing");
    }

    @Test
    void replacingAsksFirstNamingWhatGoesAndWhereTheCopyIs() throws Exception {
        dialogs.toOpen = Optional.of(otherComputersExport());
        clickOn(reveal("#data-import"));
        clickOn("#import-replace");
        clickOn("#import-ok");
        FxSettle.settle();
        String warning = lookup("#confirm-dialog").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t.startsWith("Everything now")).findFirst().orElseThrow();
        assertTrue(warning.contains("1 check-in, no courses of treatment, no medicines, no appointments"), warning);
        assertTrue(warning.contains(dataDir.resolve("backups").toString()), warning);
        clickOn("#confirm-cancel");
        assertEquals(List.of("written here"), notesOnTheJournalScreen(), "cancelled: nothing changed");

        visit(Screen.SETTINGS);
        clickOn(reveal("#data-import"));
        clickOn("#import-replace");
        clickOn("#import-ok");
        clickOn("#confirm-ok");
        FxSettle.settle();
        clickOn("#info-ok");
        assertEquals(List.of("written on the laptop"), notesOnTheJournalScreen());
        try (var copies = Files.list(dataDir.resolve("backups"))) {
            assertEquals(1, copies.count(), "the journal as it was is kept");
        }
    }

    @Test
    void aBadFileIsRefusedWithItsFirstProblemAndChangesNothing() throws Exception {
        byte[] before = everything();
        Path broken = Files.createTempFile("leio-broken", ".json");
        Files.writeString(broken, "{\n  \"format\": \"leio-journal\",\n  \"formatVersion\": 7,\n  \"tables\": {}\n}\n");
        dialogs.toOpen = Optional.of(broken);
        clickOn(reveal("#data-import"));
        clickOn("#import-ok");
        FxSettle.settle();
        assertTrue(lookup("#error-dialog").tryQuery().isPresent());
        clickOn("OK");

        assertEquals("Your journal is as it was. The first problem in the file: line 3, column 20: this file is in "
                + "format version 7, and this Leio Journal reads version 1 only: a newer Leio Journal wrote it",
                lookup("#data-result").queryAs(Label.class).getText());
        assertArrayEquals(before, everything());
        assertEquals(List.of("written here"), notesOnTheJournalScreen());
    }
}
