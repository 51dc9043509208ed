package org.leiojournal.settings;

import dev.dirs.BaseDirectories;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the journal lives. In order: {@code --data-dir DIR}, the environment variable {@code LEIO_JOURNAL_HOME},
 * then the operating system's per-user data folder (found by the directories library, which follows XDG on Linux,
 * %APPDATA% on Windows and Application Support on macOS).
 */
public final class AppPaths {

    public static final String ENV_HOME = "LEIO_JOURNAL_HOME";

    private AppPaths() {
    }

    public static Path dataFolder(Optional<Path> dataDirArgument, Map<String, String> environment) {
        if (dataDirArgument.isPresent()) {
            return dataDirArgument.get().toAbsolutePath().normalize();
        }
        String fromEnv = environment.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultFolder(System.getProperty("os.name", ""), Path.of(BaseDirectories.get().dataDir));
    }

    /**
     * The operating system's per-user cache folder for the app (XDG's cache on Linux, %LOCALAPPDATA% on Windows,
     * Caches on macOS): what can be made again, such as SQLite's unpacked library, never the journal.
     */
    public static Path cacheFolder() {
        return defaultFolder(System.getProperty("os.name", ""), Path.of(BaseDirectories.get().cacheDir));
    }

    /** Linux keeps lower-case, dash-separated folder names; Windows and macOS show the product name. */
    static Path defaultFolder(String osName, Path userDataDir) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean named = os.startsWith("windows") || os.startsWith("mac");
        return userDataDir.resolve(named ? "Leio Journal" : "leio-journal");
    }
}
