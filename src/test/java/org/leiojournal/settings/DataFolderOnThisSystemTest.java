package org.leiojournal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The data folder the directories library finds on the system the test runs on is the one the README names
 * (AppPathsTest covers the naming rule for every system; these ask the real system, so each runs on its own).
 */
class DataFolderOnThisSystemTest {

    private static Path found() {
        return AppPaths.dataFolder(Optional.empty(), Map.of());
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxItIsUnderXdgDataHome() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home().resolve(".local/share");
        assertEquals(base.resolve("leio-journal").toAbsolutePath().normalize(), found().normalize());
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsItIsUnderAppData() {
        // the library asks Windows for the Roaming known folder (through PowerShell): %APPDATA% unless redirected
        assertEquals(Path.of(System.getenv("APPDATA"), "Leio Journal"), found());
    }

    @Test
    @EnabledOnOs(OS.MAC)
    void onMacItIsUnderApplicationSupport() {
        assertEquals(home().resolve("Library/Application Support/Leio Journal"), found());
    }
}
