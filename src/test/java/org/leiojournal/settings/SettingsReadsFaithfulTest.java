package org.leiojournal.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.platform.JsonVariants;

/**
 * settings.json and lock.json are read at every start without databind (issue 21): each file the app writes, and
 * each one-change variant of it (a hand edit, an older or newer version, a damaged disk), gives the same window,
 * look and lock as databind's read did, falling back the same way when that read failed.
 */
class SettingsReadsFaithfulTest {

    /** The readers as they were: databind, unknown fields skipped for settings and refused for the lock. */
    private static final ObjectMapper SETTINGS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectMapper LOCK = new ObjectMapper();

    @TempDir
    Path folder;

    private <T> T stored(String json, java.util.function.Function<Path, T> read) throws Exception {
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME), json);
        Files.writeString(folder.resolve(LockStore.FILE_NAME), json);
        return read.apply(folder);
    }

    private static <T> T databind(ObjectMapper mapper, String json, Class<T> type, T fallback) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception e) {
            return fallback;
        }
    }

    /** What the app writes: the window after a close, then with a look chosen, with and without a position. */
    private List<String> writtenSettings() throws Exception {
        SettingsStore store = new SettingsStore(folder);
        Path file = folder.resolve(SettingsStore.FILE_NAME);
        store.save(new WindowSettings(1366, 768, false, 12.0, 30.5));
        String windowOnly = Files.readString(file);
        store.save(new Appearance(150, "dark"));
        String both = Files.readString(file);
        Files.delete(file);
        store.save(new WindowSettings(1280, 760, true));
        return List.of(windowOnly, both, Files.readString(file));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void everySettingsFileAndEachChangeGiveTheWindowAndLookDatabindGave(int which) throws Exception {
        String written = writtenSettings().get(which);
        for (String json : JsonVariants.of(written)) {
            WindowSettings window = stored(json, f -> new SettingsStore(f).load());
            Appearance look = stored(json, f -> new SettingsStore(f).loadAppearance());
            org.junit.jupiter.api.Assertions.assertEquals(
                    databind(SETTINGS, json, WindowSettings.class, WindowSettings.DEFAULT), window, json);
            org.junit.jupiter.api.Assertions.assertEquals(
                    databind(SETTINGS, json, Appearance.class, Appearance.DEFAULT), look, json);
        }
    }

    /** settings.json as databind wrote it: the fields of the file kept, these replaced, pretty printed. */
    private static String writtenByDatabind(String existing, Object fields) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode all;
        try {
            all = SETTINGS.readTree(existing) instanceof com.fasterxml.jackson.databind.node.ObjectNode node ? node
                    : SETTINGS.createObjectNode();
        } catch (Exception e) {
            all = SETTINGS.createObjectNode();
        }
        all.setAll((com.fasterxml.jackson.databind.node.ObjectNode) SETTINGS.valueToTree(fields));
        return SETTINGS.writerWithDefaultPrettyPrinter().writeValueAsString(all);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void savingOverEachSettingsFileWritesWhatDatabindWrote(int which) throws Exception {
        Path file = folder.resolve(SettingsStore.FILE_NAME);
        for (String existing : JsonVariants.of(writtenSettings().get(which))) {
            for (Object saved : List.of(new WindowSettings(1500, 900.5, true, -1920.0, 0.0),
                    new WindowSettings(1280, 760, false), new Appearance(175, "high-contrast"))) {
                Files.writeString(file, existing);
                if (saved instanceof WindowSettings window) {
                    new SettingsStore(folder).save(window);
                } else {
                    new SettingsStore(folder).save((Appearance) saved);
                }
                org.junit.jupiter.api.Assertions.assertEquals(writtenByDatabind(existing, saved),
                        Files.readString(file), existing);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30})
    void aLockIsWrittenAsDatabindWroteIt(int idleMinutes) throws Exception {
        AppLock lock = new AppLock("3q2+7wECAwQFBgcICQoLDA==", "c29tZSBoYXNoIG9mIDMyIGJ5dGVzIGxvbmcgZm9yIHRlc3Q=",
                210_000, idleMinutes); // as AppLock.create makes them, without its quarter second of hashing
        new LockStore(folder).save(lock);
        org.junit.jupiter.api.Assertions.assertEquals(LOCK.writerWithDefaultPrettyPrinter().writeValueAsString(lock),
                Files.readString(folder.resolve(LockStore.FILE_NAME)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30})
    void everyLockFileAndEachChangeGiveTheLockDatabindGave(int idleMinutes) throws Exception {
        new LockStore(folder).save(new AppLock("c2FsdA==", "aGFzaA==", 210_000, idleMinutes));
        String written = Files.readString(folder.resolve(LockStore.FILE_NAME));
        AppLock damaged = new AppLock("", "", 1, AppLock.IDLE_CHOICES.get(1));
        for (String json : JsonVariants.of(written)) {
            Optional<AppLock> lock = stored(json, f -> new LockStore(f).load());
            AppLock before = databind(LOCK, json, AppLock.class, damaged);
            if (before.salt() == null || before.hash() == null) {
                before = damaged;
            }
            org.junit.jupiter.api.Assertions.assertEquals(Optional.of(before), lock, json);
        }
    }
}
