package org.leiojournal.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.leiojournal.platform.FilePermissions;
import org.leiojournal.platform.JsonFields;
import org.leiojournal.platform.LightJson;

/**
 * {@code lock.json} in the data folder: present while the app lock is on. Deleting the file turns the lock off,
 * which is how a forgotten passphrase is got round (the window says so before the lock is turned on).
 */
public final class LockStore {

    public static final String FILE_NAME = "lock.json";
    private static final Logger LOG = Logger.getLogger(LockStore.class.getName());
    /** Made on first use only (a file not in the plain form): lock.json is read at the start (issue 21). */
    private static final class Databind {
        static final ObjectMapper JSON = new ObjectMapper();
    }
    private final Path file;

    public LockStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The lock, or empty when it is off. A damaged file still locks: it opens with nothing until deleted. */
    public Optional<AppLock> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            AppLock lock = LightJson.strict().readOr(AppLock.class, Files.readAllBytes(file),
                    text -> Databind.JSON.readValue(text, AppLock.class));
            return Optional.of(lock.salt() == null || lock.hash() == null ? damaged() : lock);
        } catch (IOException | RuntimeException e) {
            LOG.warning("lock.json could not be read (" + e.getClass().getSimpleName() + ")");
            return Optional.of(damaged());
        }
    }

    private static AppLock damaged() {
        return new AppLock("", "", 1, AppLock.IDLE_CHOICES.get(1));
    }

    public void save(AppLock lock) throws IOException {
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        FilePermissions.createPrivateFile(temp);
        Map<String, Object> fields = new LinkedHashMap<>(); // as databind wrote it, without loading it (issue 21)
        fields.put("salt", lock.salt());
        fields.put("hash", lock.hash());
        fields.put("iterations", lock.iterations());
        fields.put("idleMinutes", lock.idleMinutes());
        Files.write(temp, JsonFields.pretty(fields));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }
}
