package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.testing.FxSettle;

/**
 * The emergency sheet: from a call-now alert its button and Save in the chooser, two clicks or keys, write the
 * one-page sheet and open it in the system's viewer; the Treatment screen has the button too. The chooser is
 * answered by the test and the viewer is recorded; everything else is the app's. Mounts Today alone; Ctrl+E is the
 * window's ({@link KeyboardPathViewTest}).
 */
class EmergencySheetViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.TODAY;
    }

    private Path target() {
        Path target = dataDir.resolveSibling(dataDir.getFileName() + "-emergency.pdf");
        dialogs.toSave = Optional.of(target);
        return target;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private void raiseFever() {
        clickOn(reveal("#checkin-temperature")).write("38.2");
        saveCheckIn();
    }

    @Test
    void aCallNowAlertOffersTheSheetAndOneClickPlusSaveWritesAndOpensIt() throws IOException {
        raiseFever();
        Path target = target();

        assertTrue(lookup("#alert-panel #alert-emergency-sheet").tryQuery().isPresent());
        assertTrue(lookup("#alert-list #alert-emergency-sheet").tryQuery().isEmpty(),
                "on the panel's top line, not in the list: in sight however far the alerts are scrolled");
        pressFromKeyboard("#alert-emergency-sheet");
        FxSettle.settle();

        assertTrue(Files.isRegularFile(target));
        assertEquals(List.of(target), openedFolders, "opened in the system's PDF viewer");
        String text = text(target);
        assertTrue(text.contains("FOR THE EMERGENCY DEPARTMENT"), text);
        assertTrue(text.contains("Call now: Temperature 38.2 °C"), text);
        assertTrue(text.contains("Temperature 38.2 °C, Sun 22 Nov 09:30 (latest)"), text);
    }

    @Test
    void aTellSoonAlertAloneHasNoSheetButton() {
        clickOn("#item-esas-pain").write("7");
        saveCheckIn();

        assertTrue(lookup("#alert-panel").query().isVisible());
        assertTrue(lookup("#alert-emergency-sheet").tryQuery().isEmpty(), "only call-now alerts offer it");
    }

    @Test
    void theTreatmentScreenHasTheButtonAndCancellingWritesNothing() throws IOException {
        visit(Screen.TREATMENT);
        Button button = lookup("#treatment-emergency-sheet").queryButton();
        assertEquals("Emergency sheet", button.getText());

        dialogs.toSave = Optional.empty();
        clickOn(button);
        FxSettle.settle();
        assertTrue(openedFolders.isEmpty(), "cancelled: nothing written, nothing opened");

        Path target = target();
        clickOn(button);
        FxSettle.settle();
        assertTrue(text(target).contains("No chemotherapy recorded in this journal"));
        assertTrue(lookup("#emergency-sheet-status").queryLabeled().getText().contains("Saved the emergency sheet"));
        assertFalse(button.isDisabled());
    }
}
