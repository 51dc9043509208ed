package org.leiojournal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve(SettingsStore.FILE_NAME);
    }

    @Test
    void savedSettingsAreLoadedBack() {
        WindowSettings settings = new WindowSettings(1600, 900.5, true);
        new SettingsStore(folder).save(settings);
        assertEquals(settings, new SettingsStore(folder).load());
        assertFalse(Files.exists(folder.resolve(SettingsStore.FILE_NAME + ".tmp")));
    }

    @Test
    void positionIsLoadedBackAndAnOlderFileWithoutOneStillLoads() throws Exception {
        WindowSettings placed = new WindowSettings(1200, 700, false, -1920.0, 30.0);
        new SettingsStore(folder).save(placed);
        assertEquals(placed, new SettingsStore(folder).load());
        Files.writeString(file(), "{\"width\": 1600, \"height\": 900, \"maximized\": true}");
        assertEquals(new WindowSettings(1600, 900, true), new SettingsStore(folder).load());
    }

    @Test
    void laterSaveReplacesTheEarlierOne() {
        SettingsStore store = new SettingsStore(folder);
        store.save(new WindowSettings(1600, 900, true));
        store.save(new WindowSettings(800, 600, false));
        assertEquals(new WindowSettings(800, 600, false), store.load());
    }

    /**
     * A file holding only the JSON literal null reads as no object at all: it must mean defaults like any other
     * damaged file, not a null that stops the window opening (found in the nineteenth session's review; fails on
     * main and on 136539e alike).
     */
    @Test
    void aFileHoldingOnlyNullMeansDefaults() throws Exception {
        Files.writeString(file(), "null");
        assertEquals(WindowSettings.DEFAULT, new SettingsStore(folder).load());
        assertEquals(Appearance.DEFAULT, new SettingsStore(folder).loadAppearance());
    }

    @Test
    void missingFileMeansDefaults() {
        assertEquals(WindowSettings.DEFAULT, new SettingsStore(folder).load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"width\": 1600, \"height\": ", "not json at all", "[1, 2, 3]",
            "{\"width\": \"wide\", \"height\": 900, \"maximized\": false}", "\u0000\u0001\u0002"})
    void damagedFileMeansDefaults(String content) throws Exception {
        Files.writeString(file(), content);
        assertEquals(WindowSettings.DEFAULT, new SettingsStore(folder).load());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"width\": 1e9, \"height\": 900, \"maximized\": false}",
        "{\"width\": 1600, \"height\": -5, \"maximized\": false}",
        "{\"width\": 10, \"height\": 10, \"maximized\": false}",
        "{\"width\": 0, \"height\": 0, \"maximized\": false}"})
    void absurdSizesMeanDefaultSizes(String content) throws Exception {
        Files.writeString(file(), content);
        WindowSettings loaded = new SettingsStore(folder).load();
        assertEquals(WindowSettings.DEFAULT.width(), loaded.width());
        assertEquals(WindowSettings.DEFAULT.height(), loaded.height());
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Files.writeString(file(), "{\"width\": 1500, \"height\": 800, \"maximized\": true, \"theme\": \"dark\"}");
        assertEquals(new WindowSettings(1500, 800, true), new SettingsStore(folder).load());
    }

    @Test
    void settingsFileIsPrivate() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        new SettingsStore(folder).save(new WindowSettings(1600, 900, false));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    }

    @Test
    void windowSettingsRefuseAbsurdSizesThemselves() {
        assertEquals(1280, new WindowSettings(Double.NaN, 900, false).width());
        assertEquals(760, new WindowSettings(1600, Double.POSITIVE_INFINITY, false).height());
        assertTrue(new WindowSettings(640, 480, true).maximized());
        assertEquals(640, new WindowSettings(640, 480, true).width());
        assertEquals(10_000, new WindowSettings(10_000, 10_000, false).height());
    }

    @Test
    void theLookIsKeptBesideTheWindowAndNeitherUndoesTheOther() {
        SettingsStore store = new SettingsStore(folder);
        assertEquals(Appearance.DEFAULT, store.loadAppearance(), "no file: 100 %, light");
        store.save(new Appearance(150, "light"));
        store.save(new WindowSettings(1600, 900, true)); // as on closing the window
        assertEquals(new Appearance(150, "light"), new SettingsStore(folder).loadAppearance());
        store.save(new Appearance(200, "light"));
        assertEquals(new WindowSettings(1600, 900, true), new SettingsStore(folder).load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"textSize\": 130, \"theme\": \"pink\"}", "{\"textSize\": \"big\"}", "not json",
            "{\"width\": 1600, \"height\": 900}"})
    void anUnknownOrMissingLookMeansTheUsualOne(String content) throws Exception {
        Files.writeString(file(), content);
        assertEquals(Appearance.DEFAULT, new SettingsStore(folder).loadAppearance());
    }

    @Test
    void textSizeStepsBy25FromAndTo100And200() {
        assertEquals(125, Appearance.DEFAULT.larger().textSize());
        assertEquals(200, new Appearance(200, "light").larger().textSize());
        assertEquals(175, new Appearance(200, "light").smaller().textSize());
        assertEquals(100, Appearance.DEFAULT.smaller().textSize());
    }
}
