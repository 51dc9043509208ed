package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.transfer.JournalExport;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Settings, Your data, Import blood results (issue 23): a portal's FHIR file is previewed (added, already there,
 * skipped and why) before anything changes; Cancel changes nothing, Add adds what was listed; a file that is not
 * FHIR is refused with its one line.
 */
class FhirImportViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    @Override
    void prepare(JournalStore fresh) {
        fresh.profile().save(fresh.profile().load().withWelcomeCompleted());
        fresh.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 18, 9, 10), "St Mary's",
                List.of(LabResult.number("haemoglobin", "132", "g/L"))));
        store = fresh;
    }

    private static Path portal() throws Exception {
        Path file = Files.createTempDirectory("leio-portal").resolve("portal-labs.json");
        try (InputStream in = FhirImportViewTest.class.getResourceAsStream(
                "/org/leiojournal/transfer/fhir/portal-labs.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private List<String> items(String id) {
        return ((ListView<String>) lookup(id).query()).getItems();
    }

    @Test
    void thePreviewListsWhatWillBeAddedAndAddsItOnlyWhenAsked() throws Exception {
        dialogs.toOpen = Optional.of(portal());
        clickOn(reveal("#data-import-fhir"));
        FxSettle.settle();
        assertEquals("6 results to add, 1 already in your journal, 7 skipped. Nothing has changed yet.",
                lookup("#lab-import-summary").queryAs(Label.class).getText());
        assertTrue(items("#lab-import-added").contains("Wed 18 Nov 2026 09:10 · Bilirubin 15.2 µmol/L"),
                items("#lab-import-added").toString());
        assertEquals(List.of("Wed 18 Nov 2026 09:10 · Haemoglobin (Hb) 13.2 g/dL"), items("#lab-import-already"));
        assertTrue(items("#lab-import-skipped").contains(
                "Wed 18 Nov 2026 09:10 · Glucose — code 2345-7 is not a test the journal keeps"),
                items("#lab-import-skipped").toString());
        clickOn("#lab-import-cancel");
        assertEquals(1, store.bloodTests().all().get(0).results().size(), "cancelled: nothing changed");

        clickOn(reveal("#data-import-fhir"));
        FxSettle.settle();
        clickOn("#lab-import-ok");
        FxSettle.settle();
        assertTrue(lookup("#info-dialog").tryQuery().isPresent(), "the import says what it did");
        clickOn("#info-ok");
        List<BloodTest> tests = store.bloodTests().all();
        assertEquals(2, tests.size(), "the dipstick's day, and the 18th's test with the new values");
        assertEquals(6, tests.get(1).results().size(), "haemoglobin held, five values added");
    }

    @Test
    void aFileThatIsNotFhirIsRefusedAndChangesNothing() throws Exception {
        Path leio = Files.createTempDirectory("leio-export").resolve("mine.json");
        JournalExport.toJson(store, leio);
        dialogs.toOpen = Optional.of(leio);
        clickOn(reveal("#data-import-fhir"));
        FxSettle.settle();
        assertTrue(lookup("#error-dialog").tryQuery().isPresent());
        clickOn("OK");
        String result = lookup("#data-result").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Your journal is as it was. The first problem in the file: it is not a FHIR "
                + "file"), result);
        assertEquals(1, store.bloodTests().all().size());
    }
}
