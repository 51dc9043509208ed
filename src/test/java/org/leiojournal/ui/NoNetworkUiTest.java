package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leiojournal.privacy.NetworkGuard;
import org.leiojournal.ui.testing.FxSettle;

/**
 * Health data never leaves the machine: from the window's start to a check-in, every screen, a clinic report and an
 * export, the app asks for no network connection of any kind (the guard refuses and records each one).
 */
class NoNetworkUiTest extends JournalUiTest {

    private static NetworkGuard guard;

    @BeforeAll
    static void guardTheNetwork() {
        guard = NetworkGuard.install(); // before the window starts
    }

    @AfterAll
    static void releaseTheNetwork() {
        guard.close();
    }

    @Test
    void aWholeSessionOpensNoConnection() throws Exception {
        Path out = Files.createTempDirectory("leio-no-network");
        completeWelcome();
        clickOn("#item-esas-pain").write("4");
        clickOn("#checkin-temperature").write("37.2");
        shortcut(KeyCode.S);
        assertEquals(1, store.checkIns().count());
        for (KeyCode screen : List.of(KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
                KeyCode.DIGIT7, KeyCode.DIGIT1)) {
            shortcut(screen);
            FxSettle.settle();
        }

        dialogs.toSave = Optional.of(out.resolve("report.pdf"));
        shortcut(KeyCode.P);
        clickOn("#report-save");
        FxSettle.settle();
        clickOn("#report-close");
        assertTrue(Files.size(out.resolve("report.pdf")) > 0, "the report was written");

        dialogs.toSave = Optional.of(out.resolve("everything.json"));
        shortcut(KeyCode.DIGIT7);
        clickOn(reveal("#data-export"));
        assertTrue(Files.size(out.resolve("everything.json")) > 0, "the export was written");

        assertEquals(List.of(), guard.attempts(), "network use");
    }
}
