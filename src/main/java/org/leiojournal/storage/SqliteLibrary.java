package org.leiojournal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.leiojournal.platform.AtomicFile;
import org.leiojournal.platform.FailureTrace;
import org.leiojournal.platform.FilePermissions;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked once into a cache folder of the user's instead of on every start. Left to
 * itself, the JDBC driver's first connection lists the whole temporary folder for its old copies, writes its 1.1 MB
 * library there under a new name, reads it back byte by byte to compare, then loads it: on the journal's opening
 * thread, which the window waits for at the start, about 100 ms of CPU (performance-history.md, "Sixteenth session:
 * the start"). Unpacked once per driver version into {@code CACHE/sqlite-jdbc-VERSION/}, the driver loads it from there
 * ({@code org.sqlite.lib.path}) and looks for old copies only in that folder ({@code org.sqlite.tmpdir}). The
 * cached file is checked against the driver's jar before each use and written again if it differs; should it still
 * not load, the driver unpacks its own into that folder, as it did into the temporary one.
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

    /**
     * The folder in {@code cache} that holds this driver version's library for this system, written if missing or
     * not whole. A damaged library (a truncated file, say) is not merely refused by the system's loader: it stops the
     * JVM (SIGBUS), so the file is checked against the CRC-32 the driver's jar records for it before every use.
     */
    static Path unpacked(Path cache) throws IOException {
        Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        URL inJar = SQLiteJDBCLoader.class.getResource(resource);
        if (inJar == null) {
            throw new IOException("the driver has no library for this system: " + resource);
        }
        long expected = recordedCrc(inJar);
        if (Files.isRegularFile(library) && crc(library) == expected) {
            return folder;
        }
        try (InputStream in = inJar.openStream()) {
            FilePermissions.createPrivateDirectory(cache);
            FilePermissions.createPrivateDirectory(folder);
            AtomicFile.writeBytes(library, in::transferTo); // whole or not at all: a half file is never loaded
        }
        if (crc(library) != expected) {
            throw new IOException("the library written to " + library + " does not match the driver's");
        }
        if (!library.toFile().setExecutable(true, true)) {
            LOG.fine("SQLite's library could not be marked executable (the driver loads it all the same)");
        }
        return folder;
    }

    /** The CRC-32 the jar's directory records for the entry: read without unpacking it. */
    private static long recordedCrc(URL inJar) throws IOException {
        URLConnection connection = inJar.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("the driver's library is not in a jar, so it cannot be checked: " + inJar);
        }
        long crc = jar.getJarEntry().getCrc();
        if (crc < 0) {
            throw new IOException("the driver's jar records no checksum for " + inJar);
        }
        return crc;
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue();
    }
}
