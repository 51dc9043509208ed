package org.leiojournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.platform.FailureTrace;
import org.leiojournal.platform.FilePermissions;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked once into a cache folder of the user's instead of on every start. Left to
 * itself, the JDBC driver's first connection lists the whole temporary folder for its old copies, writes its 1.1 MB
 * library there under a new name, reads it back byte by byte to compare, then loads it: on the journal's opening
 * thread, which the window waits for at the start, about 100 ms of CPU (performance.md, "Sixteenth session: the
 * start"). Unpacked once per driver version into {@code CACHE/sqlite-jdbc-VERSION/}, the driver loads it from there
 * ({@code org.sqlite.lib.path}) and looks for old copies only in that folder ({@code org.sqlite.tmpdir}). Should the
 * cached file not load, the driver unpacks its own into that folder, as it did into the temporary one.
 */
public final class SqliteLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String TEMP_PROPERTY = "org.sqlite.tmpdir";
    private static final Logger LOG = Logger.getLogger(SqliteLibrary.class.getName());

    private SqliteLibrary() {
    }

    /**
     * Points the driver at the library in {@code cache}, unpacking it first if it is not there yet. Call before the
     * first connection; never fails the start (the driver then unpacks its library as it always did).
     */
    public static void useCached(Path cache) {
        try {
            Path folder = unpacked(cache);
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(TEMP_PROPERTY, folder.toString());
        } catch (IOException | RuntimeException e) {
            LOG.warning("SQLite's library could not be kept in " + cache + ": " + FailureTrace.of(e));
        }
    }

    /** The folder in {@code cache} that holds this driver version's library for this system, written if missing. */
    static Path unpacked(Path cache) throws IOException {
        Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        if (Files.isRegularFile(library)) {
            return folder;
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no library for this system: " + resource);
            }
            FilePermissions.createPrivateDirectory(cache);
            FilePermissions.createPrivateDirectory(folder);
            AtomicFile.writeBytes(library, in::transferTo); // whole or not at all: a half file is never loaded
        }
        if (!library.toFile().setExecutable(true, true)) {
            LOG.fine("SQLite's library could not be marked executable (the driver loads it all the same)");
        }
        return folder;
    }
}
