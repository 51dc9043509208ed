package org.leiojournal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.leiojournal.settings.SettingsStore;
import org.leiojournal.ui.common.Screen;

/**
 * Issue 20: light, dark or high contrast chosen in Settings, applied at once and kept. Mounts Settings alone; a
 * dialog over the window taking the theme is in {@link ReportDialogViewTest} (Ctrl+P is the window's).
 */
class ThemeViewTest extends ScreenViewTest {

    @Override
    Screen screen() {
        return Screen.SETTINGS;
    }

    private static final Color LIGHT_BG = Color.web("#f4f5f7");
    private static final Color DARK_BG = Color.web("#13171c");


    @SuppressWarnings("unchecked")
    private ComboBox<String> themeChoice() {
        return lookup("#look-theme").queryAs(ComboBox.class);
    }

    @Test
    void darkChosenInSettingsIsAppliedAtOnceAndKeptForTheNextStart() throws Exception {
        assertEquals(LIGHT_BG, windowBackground(), "light at first");
        ComboBox<String> theme = themeChoice();
        assertEquals("light", theme.getValue());
        assertEquals(3, theme.getItems().size(), "light, dark and high contrast offered");
        interact(() -> theme.setValue("dark"));
        assertEquals(DARK_BG, windowBackground(), "dark at once");
        Label title = lookup(".screen-title").queryAll().stream().filter(Node::isVisible).map(Label.class::cast)
                .findFirst().orElseThrow();
        interact(title::applyCss);
        assertEquals(Color.web("#e6edf3"), title.getTextFill(), "Modena's labels take the theme's light words");
        assertTrue(Files.readString(dataDir.resolve(SettingsStore.FILE_NAME)).contains("\"theme\" : \"dark\""),
                "saved in settings.json");

        restart();
        assertEquals(DARK_BG, windowBackground(), "dark again after the journal is opened again");
        assertEquals("dark", themeChoice().getValue());
    }
}
