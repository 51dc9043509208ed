package org.leiojournal.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.leiojournal.platform.FilePermissions;
import org.leiojournal.platform.JsonFields;
import org.leiojournal.platform.LightJson;

/** Reads and writes settings.json in the data folder. A missing or damaged file means defaults, never a crash. */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    private final Path file;
    /**
     * Made on first use only (a file not in the plain form): the file is read at every start on the UI thread, and
     * loading databind there costs it ~115 ms and 12 MB (issue 21).
     */
    private static final class Databind {
        static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public SettingsStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public WindowSettings load() {
        return read(WindowSettings.class, WindowSettings.DEFAULT, "using defaults");
    }

    /** The text size and theme; defaults when the file is missing or damaged. */
    public Appearance loadAppearance() {
        return read(Appearance.class, Appearance.DEFAULT, "using the usual look");
    }

    /** The file read as {@code type}; {@code fallback} when it is missing or damaged, logged with {@code instead}. */
    private <T> T read(Class<T> type, T fallback, String instead) {
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            T read = LightJson.lenient().readOr(type, Files.readAllBytes(file),
                    text -> Databind.JSON.readValue(text, type));
            if (read == null) { // a file holding only "null": the window never opened with it
                throw new IOException("no settings in the file");
            }
            return read;
        } catch (IOException | RuntimeException e) {
            LOG.warning("settings.json could not be read; " + instead + " (" + e.getClass().getSimpleName() + ")");
            return fallback;
        }
    }

    /** Writes the window's size and place, keeping the look saved beside them. */
    public void save(WindowSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("width", settings.width());
        fields.put("height", settings.height());
        fields.put("maximized", settings.maximized());
        fields.put("x", settings.x());
        fields.put("y", settings.y());
        write(fields);
    }

    /** Writes the text size and theme, keeping the window's size and place saved beside them. */
    public void save(Appearance appearance) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("textSize", appearance.textSize());
        fields.put("theme", appearance.theme());
        write(fields);
    }

    /**
     * Replaces these fields in the file and keeps the others, so the window and the look never undo each other.
     * Written without databind, as databind wrote it (a text size chosen on the UI thread would otherwise load
     * databind's classes there: issue 21).
     */
    private void write(Map<String, Object> fields) {
        Map<String, Object> all = existing();
        all.putAll(fields);
        try {
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            FilePermissions.createPrivateFile(temp);
            Files.write(temp, JsonFields.pretty(all));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warning("settings.json could not be written (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Map<String, Object> existing() {
        try {
            if (Files.isRegularFile(file)) {
                return JsonFields.read(Files.readAllBytes(file));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged file is replaced by what is written now
        }
        return new LinkedHashMap<>();
    }
}
